namespace Inspection.Api.Comparison.Population;

/// <summary>The population served, per service type: who lives in the facilities, so that results can be read against case mix.</summary>
public sealed record PopulationDto(ComparisonScope Scope, IReadOnlyList<ServiceTypePopulationDto> ServiceTypes);
