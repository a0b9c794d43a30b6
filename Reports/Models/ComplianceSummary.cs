using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>The first page of a compliance or self-assessment report.</summary>
/// <param name="OverallScore">Domain scores weighted by domain weight; null when nothing was judged.</param>
/// <param name="Rating">The rating with its caps; null when the inspection is not rated.</param>
/// <param name="NotRated">Present when the result has no final rating (insufficient evidence).</param>
/// <param name="EvidenceCoverage">Weighted share of applicable standards that were judged; null when none applies.</param>
/// <param name="RatingBands">The rule set's bands, highest first (the domain chart marks them).</param>
/// <param name="DeficienciesByGrade">Grades in the order of the rule set's grid; only grades that occur.</param>
public sealed record ComplianceSummary(
    decimal? OverallScore,
    IReadOnlyList<DomainScoreLine> Domains,
    RatingLine? Rating,
    NotRatedLine? NotRated,
    decimal? EvidenceCoverage,
    IReadOnlyList<RatingBand> RatingBands,
    IReadOnlyList<GradeCount> DeficienciesByGrade,
    StatusCounts Statuses)
{
    /// <summary>The result read by what its standards measure: structure, process, outcome (and unclassified, for an old version).</summary>
    public IReadOnlyList<StandardTypeLine> ByStandardType { get; init; } = [];
}
