namespace Inspection.Web.Headquarters;

/// <summary>An inspection cycle to choose in a filter.</summary>
public sealed record CycleChoice(Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd);
