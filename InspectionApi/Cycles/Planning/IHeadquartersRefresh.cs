namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// The nightly hook for whatever headquarters' figures need precomputing. Headquarters' comparisons land
/// from their own branch: they register their implementation in place of <see cref="NothingToRefresh"/>.
/// </summary>
public interface IHeadquartersRefresh
{
    /// <summary>Refreshes the figures as of <paramref name="today"/>; returns what it did, for the job-run log.</summary>
    Task<string> RefreshAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Until headquarters' figures exist there is nothing to precompute.</summary>
internal sealed class NothingToRefresh : IHeadquartersRefresh
{
    public Task<string> RefreshAsync(DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult($"Nothing to refresh as of {today:yyyy-MM-dd}: no headquarters figures are registered yet.");
}
