namespace Inspection.Api.Comparison.Population;

/// <summary>
/// A group's population: facilities, residents, the census summed per tracer and its prevalence (summed
/// census / summed residents of the facilities that counted the tracer), and the characteristics pooled
/// over the group's sampled residents.
/// </summary>
public sealed record GroupPopulationDto(
    string Key,
    string Name,
    int Facilities,
    int Residents,
    IReadOnlyDictionary<string, int> Census,
    IReadOnlyDictionary<string, decimal?> Prevalence,
    int SampledResidents,
    IReadOnlyDictionary<string, CharacteristicDto> Characteristics,
    IReadOnlyList<Guid> Inspections);
