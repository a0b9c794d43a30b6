using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Strengths;

/// <summary>One inspection's outcome as strengths are found from it: each standard's finding and each domain's score.</summary>
/// <param name="Standards">The findings, in the rule set's standard order (the order strengths are named in).</param>
/// <param name="Domains">The domain scores; empty when the inspection is not scored (a follow-up).</param>
public sealed record StrengthSource(IReadOnlyList<JudgedStandard> Standards, IReadOnlyList<DomainScore> Domains)
{
    /// <summary>The source of an Engine result (standards withdrawn after a dispute are already not applicable in it).</summary>
    public static StrengthSource Of(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new StrengthSource(
            [.. result.Findings.Select(f => new JudgedStandard(
                f.StandardCode, f.Standard.Domain, f.Status, f.Residents?.Rate, f.Standard.Level == Level.Resident ? f.Standard.Bar : null))],
            result.Domains);
    }
}
