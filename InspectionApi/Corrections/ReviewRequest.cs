using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Corrections;

/// <summary>The supervisor's review of a correction plan; returning it needs a note saying what to change.</summary>
public sealed record ReviewRequest([property: StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Note);
