namespace Inspection.Api.Inspections.Results;

/// <summary>
/// An inspection compared with the facility's previous full visit (the one it was evaluated against):
/// deficiencies new, resolved, persisting, repeated (corrected by the previous visit and back) and
/// unverified (not judged now), with the count of each. Without a previous visit every deficiency is new.
/// </summary>
public sealed record ComparisonDto(
    Guid InspectionId, ComparedInspectionDto? Previous, Guid? BeforePreviousId,
    int New, int Resolved, int Persisting, int Repeated, int Unverified, IReadOnlyList<DeficiencyMovementDto> Movements);
