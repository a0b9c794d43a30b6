using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>Moves a planned visit to another day or supervisor; the planner keeps what is set here.</summary>
/// <param name="SupervisorId">Who visits; by default the supervisor it has.</param>
public sealed record RescheduleRequest(
    [property: Required(ErrorMessage = "the new planned date is required")] DateOnly? PlannedDate,
    Guid? SupervisorId);
