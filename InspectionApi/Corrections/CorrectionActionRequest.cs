using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Corrections;

/// <summary>One action of a plan: the finding it answers, what will be done, who is responsible, and by when.</summary>
public sealed record CorrectionActionRequest(
    [property: Required(ErrorMessage = "each action answers one finding of this inspection (findingId)")] Guid? FindingId,
    [property: Required(ErrorMessage = "describe the action"), StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Description,
    [property: Required(ErrorMessage = "name who is responsible"), StringLength(200, ErrorMessage = "at most 200 characters")] string? Owner,
    [property: Required(ErrorMessage = "set a due date")] DateOnly? DueDate);
