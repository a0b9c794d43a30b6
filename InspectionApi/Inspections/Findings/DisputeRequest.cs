using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Findings;

/// <summary>The provider's dispute of a deficiency: why the finding is wrong.</summary>
public sealed record DisputeRequest(
    [property: Required(ErrorMessage = "say why the finding is wrong"), StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Reason);
