namespace Inspection.Reports.Models;

/// <summary>How many findings have each status.</summary>
public sealed record StatusCounts(int Met, int NotMet, int NotApplicable, int Incomplete, int Error)
{
    public int Total => Met + NotMet + NotApplicable + Incomplete + Error;
}
