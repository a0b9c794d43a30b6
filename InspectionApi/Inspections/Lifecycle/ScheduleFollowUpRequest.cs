using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>Plans the follow-up of an inspection whose correction plan was approved.</summary>
/// <param name="SupervisorId">Who visits; by default the supervisor of the inspection followed up.</param>
public sealed record ScheduleFollowUpRequest(
    [property: Required(ErrorMessage = "the planned date of the follow-up is required")] DateOnly? PlannedDate,
    Guid? SupervisorId);
