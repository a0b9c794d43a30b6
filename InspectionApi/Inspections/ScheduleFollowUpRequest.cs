namespace Inspection.Api.Inspections;

public sealed record ScheduleFollowUpRequest(DateOnly? PlannedDate, Guid? SupervisorId);
