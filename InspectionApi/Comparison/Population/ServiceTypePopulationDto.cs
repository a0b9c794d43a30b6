namespace Inspection.Api.Comparison.Population;

/// <summary>
/// One service type's population: the tracers and resident characteristics its instruments collect
/// (the resident questions that identify tracers), per facility, nationally, per district and per operator.
/// </summary>
public sealed record ServiceTypePopulationDto(
    string ServiceType,
    IReadOnlyList<PopulationColumnDto> Tracers,
    IReadOnlyList<PopulationColumnDto> Characteristics,
    IReadOnlyList<FacilityPopulationDto> Facilities,
    GroupPopulationDto National,
    IReadOnlyList<GroupPopulationDto> Districts,
    IReadOnlyList<GroupPopulationDto> Operators);
