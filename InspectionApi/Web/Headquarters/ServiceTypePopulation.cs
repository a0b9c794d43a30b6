namespace Inspection.Web.Headquarters;

/// <summary>One service type's population: its tracers, each facility's census, and the national figures.</summary>
public sealed record ServiceTypePopulation(
    string ServiceType, IReadOnlyList<PopulationColumn> Tracers, IReadOnlyList<FacilityPopulation> Facilities, GroupPopulation National);
