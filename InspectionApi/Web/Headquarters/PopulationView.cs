namespace Inspection.Web.Headquarters;

/// <summary>The population served in the dashboard's view, per service type (<c>GET /api/comparison/population</c>).</summary>
public sealed record PopulationView(IReadOnlyList<ServiceTypePopulation> ServiceTypes);
