namespace Inspection.Api.Cycles;

/// <summary>One inspection of a cycle, as its plan lists it.</summary>
public sealed record CycleVisitDto(Guid Id, Guid FacilityId, string Kind, string Status, DateOnly PlannedDate, Guid? SupervisorId, Guid? FollowUpOfId, bool PlannedByPlanner, bool ScheduleFixed);
