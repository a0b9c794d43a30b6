using Hangfire;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Cycles.Planning;

/// <summary>Nightly: calls the <see cref="IHeadquartersRefresh"/> hook.</summary>
public sealed class HeadquartersRefreshJob(IHeadquartersRefresh refresh, TimeProvider clock, IOptions<PlanningOptions> options)
{
    [JobDisplayName("Refresh headquarters' figures")]
    public Task<string> RunAsync(CancellationToken cancellationToken) =>
        options.Value.Enabled
            ? refresh.RefreshAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken)
            : Task.FromResult("Planning is switched off (Planning:Enabled=false).");
}
