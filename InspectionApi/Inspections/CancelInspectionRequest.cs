using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections;

/// <summary>Calls off a planned inspection; the reason is kept with it.</summary>
public sealed record CancelInspectionRequest(
    [property: Required(ErrorMessage = "say why the inspection is cancelled"), StringLength(1000, ErrorMessage = "at most 1000 characters")] string? Reason);
