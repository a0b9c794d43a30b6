namespace Inspection.Api.Cycles;

public sealed record CycleDto(Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd);
