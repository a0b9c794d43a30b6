namespace Inspection.Api.Comparison.Population;

/// <summary>
/// A facility's population at its latest official inspection in scope: residents on the day (the
/// head-count answer, or the capacity when none), the tracer census and prevalence (census / residents),
/// sampled residents and their characteristics. Anonymised for providers' peers.
/// </summary>
public sealed record FacilityPopulationDto(
    Guid? FacilityId,
    string Facility,
    bool Anonymised,
    string? District,
    string? Operator,
    Guid? InspectionId,
    int Residents,
    bool ResidentsFromCapacity,
    IReadOnlyDictionary<string, int?> Census,
    IReadOnlyDictionary<string, decimal?> Prevalence,
    int SampledResidents,
    IReadOnlyDictionary<string, CharacteristicDto> Characteristics);
