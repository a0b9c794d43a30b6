namespace Inspection.Api.Comparison.Trends;

/// <summary>A cycle of the trend.</summary>
public sealed record TrendCycleDto(Guid Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd);
