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
