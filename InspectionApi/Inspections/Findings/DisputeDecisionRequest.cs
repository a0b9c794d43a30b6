using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Findings;

/// <summary>The supervisor's decision on a dispute: <c>upheld</c> keeps the finding, <c>withdrawn</c> takes it out of the result.</summary>
public sealed record DisputeDecisionRequest(
    [property: Required(ErrorMessage = "expected upheld or withdrawn")] string? Decision,
    [property: StringLength(4000, ErrorMessage = "at most 4000 characters")] string? Note)
{
    /// <summary>The decision by its name only (never a number or a combination of names).</summary>
    public DisputeDecision? Parsed =>
        Enum.GetValues<DisputeDecision>().Cast<DisputeDecision?>().FirstOrDefault(d => string.Equals(d.ToString(), Decision, StringComparison.OrdinalIgnoreCase));
}
