namespace Inspection.Web.Headquarters;

/// <summary>A tracer of the population, titled in the language asked for.</summary>
public sealed record PopulationColumn(string Code, string Title);
