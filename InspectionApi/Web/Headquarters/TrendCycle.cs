namespace Inspection.Web.Headquarters;

/// <summary>A cycle of a trend.</summary>
public sealed record TrendCycle(Guid Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd);
