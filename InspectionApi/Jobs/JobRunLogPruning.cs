using Hangfire;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Jobs;

/// <summary>Housekeeping: removes job-run log entries older than <see cref="JobsOptions.RunLogRetention"/>.</summary>
public sealed class JobRunLogPruning(InspectionDbContext db, TimeProvider clock, IOptions<JobsOptions> options)
{
    [JobDisplayName("Prune the job-run log")]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.RunLogRetention;
        var removed = await db.JobRuns.Where(r => r.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
        return $"Removed {removed} job-run log entries started before {before:yyyy-MM-dd HH:mm} UTC.";
    }
}
