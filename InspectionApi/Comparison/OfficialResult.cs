namespace Inspection.Api.Comparison;

/// <summary>
/// One external inspection's stored result as headquarters reads it, with the facility it belongs to.
/// Only regular and unannounced inspections that were evaluated count; self-assessments never do, and
/// follow-ups are not scored. Evidence coverage is the Engine's, as stored with the result (null for a
/// result stored before coverage was).
/// </summary>
public sealed record OfficialResult(
    Guid InspectionId,
    Guid FacilityId,
    string FacilityName,
    string ServiceType,
    string District,
    Guid OperatorId,
    string OperatorName,
    int Capacity,
    Guid? CycleId,
    DateOnly VisitDate,
    Guid RuleSetVersionId,
    decimal? OverallScore,
    string? Rating,
    decimal? EvidenceCoverage);
