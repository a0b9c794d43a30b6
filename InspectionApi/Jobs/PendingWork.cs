using Hangfire;
using Hangfire.Storage;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Jobs;

/// <summary>
/// At start, hands recorded jobs to Hangfire again: every one with the embedded in-memory storage (which
/// lost them when the process ended), or those never handed over with the shared SQL Server storage.
/// </summary>
public sealed class PendingWork(InspectionDbContext db, IBackgroundJobClientV2 client, JobStorage storage, IOptions<JobsOptions> options, ILogger<PendingWork> logger)
{
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        // Two nodes starting together over one storage must not both hand the same record over.
        using var connection = storage.GetConnection();
        using var gate = connection.AcquireDistributedLock("inspection:pending-work", TimeSpan.FromMinutes(1));
        var embedded = options.Value.Storage == JobStorageKind.Embedded;
        var records = await db.PendingJobs.Where(p => embedded || p.BackgroundJobId == null).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var recovered = 0;
        foreach (var record in records)
        {
            var job = InvocationData.DeserializePayload(record.Invocation).DeserializeJob();
            if (JobOutbox.HandOver(db, client, record, job, logger) is not null)
            {
                recovered++;
            }
        }

        if (recovered > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Handed {Count} recorded job(s) over to the job storage", recovered);
        }

        return recovered;
    }
}
