namespace Inspection.Engine.Findings;

/// <summary>
/// How much of what applies was judged (DESIGN.md section 3): the weighted share of applicable
/// standards that are Met or NotMet, against the policy's minimum, and the standards the policy says
/// must be judged that were not.
/// </summary>
/// <param name="Share">Judged weight / applicable weight; null when no standard applies.</param>
/// <param name="Minimum">The policy's minimum coverage.</param>
/// <param name="Unjudged">Applicable standards that were not judged (Incomplete or Error), in catalog order.</param>
/// <param name="RequiredUnjudged">Of those, the ones the policy says must be judged.</param>
public sealed record EvidenceCoverage(decimal? Share, decimal Minimum, IReadOnlyList<string> Unjudged, IReadOnlyList<string> RequiredUnjudged)
{
    /// <summary>True when the coverage reaches the minimum and every standard that must be judged was.</summary>
    public bool Sufficient => Share is { } share && share >= Minimum && RequiredUnjudged.Count == 0;
}
