namespace Inspection.Api.Comparison.Trends;

/// <summary>
/// A facility's result in one cycle, and how its deficiencies moved since its previous result (null when
/// it has none), with the standards behind each movement.
/// </summary>
public sealed record FacilityTrendPointDto(
    Guid CycleId,
    Guid InspectionId,
    string Link,
    decimal? OverallScore,
    string? Rating,
    int Deficiencies,
    Guid? ComparedWith,
    DeficiencyMovementsDto? Movements,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Standards);
