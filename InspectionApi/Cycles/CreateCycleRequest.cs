namespace Inspection.Api.Cycles;

public sealed record CreateCycleRequest(string? Name, string? ServiceType, DateOnly? PeriodStart, DateOnly? PeriodEnd);
