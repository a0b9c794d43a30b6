namespace Inspection.Web.Headquarters;

/// <summary>A group's population: facilities, residents, census and prevalence summed over them.</summary>
public sealed record GroupPopulation(
    int Facilities, int Residents, IReadOnlyDictionary<string, int> Census, IReadOnlyDictionary<string, decimal?> Prevalence, int SampledResidents);
