namespace Inspection.Api.Inspections.Results;

/// <summary>
/// The evidence coverage of an inspection's stored result: the weighted share of applicable standards
/// that were judged, the policy's minimum, and the standards not judged (those that must be, apart).
/// </summary>
public sealed class CoverageRecord
{
    private CoverageRecord()
    {
    }

    internal CoverageRecord(decimal? share, decimal minimum, IEnumerable<string> unjudged, IEnumerable<string> requiredUnjudged)
    {
        Share = share;
        Minimum = minimum;
        Unjudged = [.. unjudged];
        RequiredUnjudged = [.. requiredUnjudged];
    }

    /// <summary>Judged weight / applicable weight; null when no standard applies.</summary>
    public decimal? Share { get; private set; }

    public decimal Minimum { get; private set; }

    /// <summary>Applicable standards that were not judged, in catalog order.</summary>
    public IReadOnlyList<string> Unjudged { get; private set; } = [];

    /// <summary>Of those, the ones the policy says must be judged for a rating.</summary>
    public IReadOnlyList<string> RequiredUnjudged { get; private set; } = [];

    /// <summary>True when the share reaches the minimum and every standard that must be judged was.</summary>
    public bool Sufficient => Share is { } share && share >= Minimum && RequiredUnjudged.Count == 0;
}
