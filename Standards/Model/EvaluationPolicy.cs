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
    /// <summary>The minimum evidence coverage when the catalog sets none.</summary>
    public const decimal DefaultMinimumCoverage = 0.8m;

    /// <summary>The most sampled residents an inspection may hold when the catalog sets no limit.</summary>
    public const int DefaultMaxSampledResidents = 200;

    /// <summary>
    /// The least evidence coverage (weighted share of applicable standards that were judged) for a
    /// final rating, as written in the catalog; null when it is not written (<see cref="DefaultMinimumCoverage"/>).
    /// </summary>
    [OptionalContent]
    public decimal? MinimumCoverage { get; init; }

    /// <summary>
    /// Standards that must be judged for a final rating, as written in the catalog; null when not
    /// written, which means every critical standard.
    /// </summary>
    [OptionalContent]
    public IReadOnlyList<string>? MustBeJudged { get; init; }

    /// <summary>The most sampled residents one inspection may hold, as written; null: <see cref="DefaultMaxSampledResidents"/>.</summary>
    [OptionalContent]
    public int? MaxSampledResidents { get; init; }

    /// <summary>The minimum coverage in force (the written one or the default).</summary>
    public decimal EffectiveMinimumCoverage => MinimumCoverage ?? DefaultMinimumCoverage;

    /// <summary>The most sampled residents in force (the written limit or the default).</summary>
    public int EffectiveMaxSampledResidents => MaxSampledResidents ?? DefaultMaxSampledResidents;

    /// <summary>The grid cell for a severity and scope, or null when the grid lacks it.</summary>
    public GradeCell? GradeFor(Severity severity, Scope scope) =>
        Grades.FirstOrDefault(g => g.Severity == severity && g.Scope == scope);
}
