using Cronos;
using Hangfire;
using Hangfire.Storage;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Jobs;

/// <summary>
/// Registers <see cref="RecurringJobs.All"/> with Hangfire (and removes recurring jobs no longer listed), and
/// triggers those whose last occurrence has passed since they last ran, by the job-run log and the
/// service's <see cref="TimeProvider"/>: at start, so nothing is skipped while the service was down (the
/// in-memory storage forgets its schedule), and from tests, which move the clock on and call it.
/// </summary>
public sealed class RecurringJobSchedule(IRecurringJobManagerV2 manager, JobStorage storage, InspectionDbContext db, TimeProvider clock, IOptions<JobsOptions> options)
{
    public void Register()
    {
        var timeZone = TimeZone();
        foreach (var definition in RecurringJobs.All)
        {
            manager.AddOrUpdate(definition.Id, definition.Job, definition.Cron, new RecurringJobOptions { TimeZone = timeZone });
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(RecurringJobs.All.Select(d => d.Id), StringComparer.Ordinal))
        {
            manager.RemoveIfExists(stale);
        }
    }

    /// <summary>Triggers every recurring job that is due now; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> TriggerDueAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        using var gate = connection.AcquireDistributedLock("inspection:recurring-catch-up", TimeSpan.FromMinutes(1));
        var now = clock.GetUtcNow().UtcDateTime;
        var due = new List<string>();
        foreach (var definition in RecurringJobs.All)
        {
            var last = await db.JobRuns.Where(r => r.RecurringJobId == definition.Id).OrderByDescending(r => r.StartedAt)
                .Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
            if (last is null || NextAfter(definition, last.Value) <= now)
            {
                due.Add(definition.Id);
            }
        }

        foreach (var id in due)
        {
            manager.TriggerJob(id);
        }

        return due;
    }

    /// <summary>The first occurrence of <paramref name="definition"/> after <paramref name="utc"/>, or null when there is none.</summary>
    public DateTime? NextAfter(RecurringJobDefinition definition, DateTime utc) =>
        CronExpression.Parse(definition.Cron).GetNextOccurrence(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone());

    private TimeZoneInfo TimeZone() => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
}
