namespace Inspection.Api.Cycles;

/// <summary>
/// A cycle as the ministry's people see it: the pinned rule-set version, the recorded seed of the unannounced
/// draw, and the visits planned in it. Never shown to providers.
/// </summary>
public sealed record CyclePlanDto(
    Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd, Guid? RuleSetVersionId, int UnannouncedSeed, IReadOnlyList<CycleVisitDto> Visits);
