namespace Inspection.Reports.Models;

/// <summary>
/// The improvement report: each deficiency with its correction plan (overdue actions marked as of
/// <see cref="AsOf"/>) and follow-up result, and the comparison with the previous inspection.
/// </summary>
/// <param name="Previous">The previous inspection of the facility; null when this is the first.</param>
public sealed record ImprovementReport(
    FacilityVisit Visit,
    DateOnly AsOf,
    IReadOnlyList<CorrectionItem> Items,
    InspectionOutcome? Previous,
    IReadOnlyList<ComparisonLine> Comparison)
{
    /// <summary>What worked: the inspection's strengths with what the provider recorded they did for each.</summary>
    public IReadOnlyList<StrengthLine> Strengths { get; init; } = [];
}
