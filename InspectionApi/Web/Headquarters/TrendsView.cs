namespace Inspection.Web.Headquarters;

/// <summary>A service type's latest cycles, oldest first, nationally and per district.</summary>
public sealed record TrendsView(string ServiceType, IReadOnlyList<TrendCycle> Cycles, TrendSeries National, IReadOnlyList<TrendSeries> Districts, IReadOnlyList<TrendSeries> Operators);
