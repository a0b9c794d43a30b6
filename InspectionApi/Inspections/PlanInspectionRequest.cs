namespace Inspection.Api.Inspections;

public sealed record PlanInspectionRequest(Guid? FacilityId, string? Kind, DateOnly? PlannedDate, Guid? SupervisorId, Guid? CycleId, Guid? RuleSetVersionId);
