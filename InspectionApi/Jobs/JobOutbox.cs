using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Jobs;

/// <summary>
/// The one way the service asks for a fire-and-forget job. The job is recorded as a <see cref="PendingJob"/>
/// in the caller's unit of work, so it is saved with the change that asked for it or not at all, and handed
/// to Hangfire once that change is committed. The record stays until the job has run (or failed for good):
/// with the embedded in-memory storage, <see cref="PendingWork"/> hands every record over again at start.
/// </summary>
public sealed class JobOutbox(IBackgroundJobClientV2 client, TimeProvider clock, ILogger<JobOutbox> logger)
{
    private readonly List<(PendingJob Record, Job Job)> _waiting = [];
    private readonly HashSet<InspectionDbContext> _watched = [];

    /// <summary>Records the job in <paramref name="db"/>; Hangfire gets it after the next successful save.</summary>
    public PendingJob Add<TJob>(InspectionDbContext db, Expression<Func<TJob, Task>> call)
    {
        var job = JobArguments.EnsureIdentifiersOnly(Job.FromExpression(call));
        var record = new PendingJob(JobArguments.Name(job), InvocationData.SerializeJob(job).SerializePayload(), clock.GetUtcNow().UtcDateTime);
        db.PendingJobs.Add(record);
        _waiting.Add((record, job));
        if (_watched.Add(db))
        {
            db.SavedChanges += (_, _) => HandOverWaiting(db);
        }

        return record;
    }

    /// <summary>Hands a recorded job to Hangfire and notes its id; a failure leaves it recorded for the next start.</summary>
    internal static string? HandOver(InspectionDbContext db, IBackgroundJobClientV2 client, PendingJob record, Job job, ILogger logger)
    {
        try
        {
            var id = client.Create(job, new EnqueuedState(), new Dictionary<string, object> { [JobParameters.PendingJobId] = record.Id });
            db.PendingJobs.Where(p => p.Id == record.Id).ExecuteUpdate(s => s.SetProperty(p => p.BackgroundJobId, id));
            return id;
        }
        catch (BackgroundJobClientException exception)
        {
            logger.LogError(exception, "Job {Job} ({PendingJobId}) stays recorded and will be handed over at the next start", record.Job, record.Id);
            return null;
        }
    }

    private void HandOverWaiting(InspectionDbContext db)
    {
        var saved = _waiting.Where(w => db.Entry(w.Record).State == EntityState.Unchanged).ToList();
        foreach (var (record, job) in saved)
        {
            _waiting.Remove((record, job));
            HandOver(db, client, record, job, logger);
        }
    }
}
