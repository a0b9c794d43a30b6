using Inspection.Api.Cycles.Planning;
using Inspection.Api.Data;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Headquarters' nightly refresh: fills the response snapshot of any evaluated inspection without one, so
/// that a what-if reads one row per inspection (snapshots are written when a result is stored; this catches
/// any written otherwise, for example by an older version of the service).
/// </summary>
internal sealed class ResponseSnapshotRefresh(InspectionDbContext db) : IHeadquartersRefresh
{
    public async Task<string> RefreshAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var filled = await ResponseSnapshots.FillMissingAsync(db, null, cancellationToken);
        return $"Response snapshots as of {today:yyyy-MM-dd}: {filled} filled from the answer rows ({(filled == 0 ? "every evaluated inspection had one" : "evaluated before snapshots were written")}).";
    }
}
