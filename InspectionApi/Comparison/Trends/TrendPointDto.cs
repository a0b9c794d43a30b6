namespace Inspection.Api.Comparison.Trends;

/// <summary>
/// A group's results in one cycle: facilities with a result, mean and median overall score, deficiencies,
/// and how deficiencies moved since each facility's previous result (counted over the facilities that
/// had one), with the inspections behind the figures that the reader may see.
/// </summary>
public sealed record TrendPointDto(
    Guid CycleId,
    int Facilities,
    decimal? MeanScore,
    decimal? MedianScore,
    int Deficiencies,
    DeficiencyMovementsDto Movements,
    IReadOnlyList<Guid> Inspections);
