using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Amendments;

/// <summary>The district's review of an amendment: <c>accept</c>, or <c>return</c> with a note saying why.</summary>
public sealed record ReviewAmendmentRequest(
    [property: Required(ErrorMessage = "expected accept or return")] string? Decision,
    [property: StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Note)
{
    /// <summary>True for accept, false for return, null for anything else.</summary>
    public bool? Accepts => Decision?.ToUpperInvariant() switch
    {
        "ACCEPT" => true,
        "RETURN" => false,
        _ => null,
    };
}
