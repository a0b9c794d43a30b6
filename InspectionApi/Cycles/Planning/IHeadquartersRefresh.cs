namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// The nightly hook for whatever headquarters' figures need precomputing (the what-if's response snapshots:
/// <c>Comparison.WhatIf.ResponseSnapshotRefresh</c>).
/// </summary>
public interface IHeadquartersRefresh
{
    /// <summary>Refreshes the figures as of <paramref name="today"/>; returns what it did, for the job-run log.</summary>
    Task<string> RefreshAsync(DateOnly today, CancellationToken cancellationToken);
}
