using Inspection.Engine.Findings;

namespace Inspection.Engine.Comparison;

/// <summary>
/// One standard's outcome in an inspection: as much of a finding as a comparison needs, so that
/// inspections can be compared from stored findings as well as from results.
/// </summary>
/// <param name="StandardCode">The standard (matched by code, so versions of a rule set compare).</param>
/// <param name="Status">Its finding's status; NotMet is a deficiency.</param>
public sealed record StandardOutcome(string StandardCode, FindingStatus Status)
{
    /// <summary>True when the standard was not met: a deficiency.</summary>
    public bool Deficient => Status == FindingStatus.NotMet;
}
