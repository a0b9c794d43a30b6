namespace Inspection.Reports.Models;

/// <summary>
/// What a supervisor reads before a visit: the previous deficiencies and their correction status,
/// the last self-assessment and where it disagreed, open disputes, the score trend and the last census.
/// </summary>
/// <param name="Visit">The planned visit (its date, the assigned supervisor, the rule-set version in force).</param>
/// <param name="ScoreTrend">Past inspections, oldest first.</param>
public sealed record PreparationBrief(
    FacilityVisit Visit,
    InspectionOutcome? LastInspection,
    IReadOnlyList<CorrectionItem> PreviousDeficiencies,
    AssessmentComparison? LastSelfAssessment,
    IReadOnlyList<DisputeLine> OpenDisputes,
    IReadOnlyList<InspectionOutcome> ScoreTrend,
    CensusLine? LastCensus);
