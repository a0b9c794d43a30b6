using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections;

/// <summary>
/// Plans an inspection of a facility: a regular or unannounced visit (supervisors), or a
/// self-assessment (the facility's provider). The rule-set version is the one in force on the planned
/// date; a cycle, when named, must be of the facility's service type and cover the date.
/// </summary>
/// <param name="Kind"><c>regular</c>, <c>unannounced</c> or <c>self-assessment</c>.</param>
public sealed record PlanInspectionRequest(
    [property: Required(ErrorMessage = "the facility is required")] Guid? FacilityId,
    [property: PlannableKind] string? Kind,
    [property: Required(ErrorMessage = "the planned date is required")] DateOnly? PlannedDate,
    Guid? SupervisorId,
    Guid? CycleId,
    Guid? RuleSetVersionId);
