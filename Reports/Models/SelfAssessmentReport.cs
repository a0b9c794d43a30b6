namespace Inspection.Reports.Models;

/// <summary>
/// The provider's self-assessment: its own results by domain, its own improvement plan, and where
/// the last external inspection disagreed. Never an official result.
/// </summary>
/// <param name="LastInspection">Null when the facility has no external inspection yet.</param>
public sealed record SelfAssessmentReport(
    FacilityVisit Visit,
    ComplianceSummary Summary,
    IReadOnlyList<DomainFindings> Domains,
    IReadOnlyList<CorrectionItem> ImprovementPlan,
    AssessmentComparison? LastInspection);
