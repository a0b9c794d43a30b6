namespace Inspection.Api.Comparison.Trends;

/// <summary>The filters of a trend: a service type, how many of its latest cycles (default 5), and district, operator and size band.</summary>
public sealed record TrendQuery(string? ServiceType, int? Cycles, string? District, Guid? OperatorId, string? SizeBand);
