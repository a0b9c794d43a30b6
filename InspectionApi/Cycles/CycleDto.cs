namespace Inspection.Api.Cycles;

/// <summary>A cycle as everyone may see it: the seed of its unannounced draw is not here (see <see cref="CyclePlanDto"/>).</summary>
public sealed record CycleDto(Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd, Guid? RuleSetVersionId);
