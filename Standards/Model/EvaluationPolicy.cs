namespace Inspection.Standards.Model;

/// <summary>
/// How a rule set turns findings into deficiencies, grades, scores and a rating
/// (DESIGN.md section 3).
/// </summary>
/// <param name="MinimumSample">Fewest applicable residents with a known result for a resident-level standard to be judged.</param>
/// <param name="ScopeCutPoints">Shares of failing residents at which a deficiency becomes a pattern or widespread.</param>
/// <param name="Grades">The severity x scope grid: one cell for each pair.</param>
/// <param name="RatingBands">Rating bands, from the highest minimum score down.</param>
/// <param name="RatingCaps">Conditions that hold the rating at or below a band whatever the score.</param>
public sealed record EvaluationPolicy(
    int MinimumSample,
    ScopeCutPoints ScopeCutPoints,
    IReadOnlyList<GradeCell> Grades,
    IReadOnlyList<RatingBand> RatingBands,
    IReadOnlyList<RatingCap> RatingCaps)
{
    /// <summary>The grid cell for a severity and scope, or null when the grid lacks it.</summary>
    public GradeCell? GradeFor(Severity severity, Scope scope) =>
        Grades.FirstOrDefault(g => g.Severity == severity && g.Scope == scope);
}

/// <summary>Share of failing applicable residents from which scope is a pattern, and from which it is widespread.</summary>
public sealed record ScopeCutPoints(decimal Pattern, decimal Widespread)
{
    /// <summary>The scope for a share of failing residents (0..1).</summary>
    public Scope ScopeFor(decimal failingShare) =>
        failingShare >= Widespread ? Scope.Widespread
        : failingShare >= Pattern ? Scope.Pattern
        : Scope.Isolated;
}

/// <summary>One cell of the severity x scope grid.</summary>
public sealed record GradeCell(Severity Severity, Scope Scope, string Grade, bool ImmediateJeopardy);

/// <summary>A rating band: the overall score from which it applies.</summary>
public sealed record RatingBand(string Code, decimal MinScore, LocalizedText Label);

/// <summary>
/// A rating cap: when any unmet standard matches (by severity, or by being immediate jeopardy),
/// the rating is at most <see cref="MaxRating"/>.
/// </summary>
public sealed record RatingCap(string Code, Severity? Severity, bool ImmediateJeopardy, string MaxRating, LocalizedText Reason);
