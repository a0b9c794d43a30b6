using System.ComponentModel.DataAnnotations;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Amendments;

/// <summary>
/// The supervisor's amendment of a computed finding: the status it should have (<c>met</c>, <c>not-met</c> or
/// <c>not-applicable</c>), for a deficiency its scope (<c>isolated</c>, <c>pattern</c>, <c>widespread</c>) and
/// grade, why, and the evidence (a note, attachments of this inspection, or both).
/// </summary>
public sealed record AmendFindingRequest(
    [property: Required(ErrorMessage = "expected met, not-met or not-applicable")] string? Status,
    string? Scope,
    [property: StringLength(10, ErrorMessage = "at most 10 characters")] string? Grade,
    [property: Required(ErrorMessage = "say why the computed finding is amended"), StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Reason,
    [property: StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Evidence,
    [property: MaxLength(20, ErrorMessage = "at most 20 attachments")] IReadOnlyList<Guid>? Attachments)
{
    /// <summary>The status by its name (<c>not-met</c> or <c>NotMet</c>); null when it names none a finding is amended to.</summary>
    public FindingStatus? ParsedStatus => Status?.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
    {
        "MET" => FindingStatus.Met,
        "NOTMET" => FindingStatus.NotMet,
        "NOTAPPLICABLE" => FindingStatus.NotApplicable,
        _ => null,
    };

    /// <summary>The scope by its catalog name; null when none is given or the name is no scope.</summary>
    public Scope? ParsedScope => Scope is { } text && CatalogNames.TryParse<Scope>(text, out var scope) ? scope : null;
}
