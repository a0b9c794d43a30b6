namespace Inspection.Web.Headquarters;

/// <summary>A facility's residents, tracer census and prevalence at its latest inspection in the view (anonymised for providers).</summary>
public sealed record FacilityPopulation(
    Guid? FacilityId, string Facility, string? District, int Residents, bool ResidentsFromCapacity,
    IReadOnlyDictionary<string, int?> Census, IReadOnlyDictionary<string, decimal?> Prevalence, int SampledResidents);
