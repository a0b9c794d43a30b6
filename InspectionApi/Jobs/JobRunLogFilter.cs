using System.Collections.Concurrent;
using Hangfire.Server;
using Hangfire.States;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Jobs;

/// <summary>
/// Records every attempt at every job in the job-run log, once the outcome is known (after Hangfire's retry
/// filter has decided whether to try again); removes the <see cref="PendingJob"/> record of a job that is
/// done; and tells the administrators about a job that failed for good. Runs on the job server.
/// </summary>
internal sealed class JobRunLogFilter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunLogFilter> logger) : IServerFilter, IElectStateFilter
{
    /// <summary>After Hangfire's own filters (its retry filter has order 20), so the final candidate state is seen.</summary>
    public const int Order = 100;

    private readonly ConcurrentDictionary<string, Attempt> _running = new(StringComparer.Ordinal);

    public void OnPerforming(PerformingContext context) =>
        _running[context.BackgroundJob.Id] = new Attempt(
            clock.GetUtcNow().UtcDateTime,
            context.ServerId,
            context.GetJobParameter<int>(JobParameters.RetryCount) + 1,
            context.GetJobParameter<Guid?>(JobParameters.PendingJobId),
            context.GetJobParameter<string?>(JobParameters.RecurringJobId));

    public void OnPerformed(PerformedContext context)
    {
        if (context.Exception is not null && _running.TryGetValue(context.BackgroundJob.Id, out var attempt))
        {
            attempt.Exception = context.Exception is JobPerformanceException { InnerException: { } inner } ? inner : context.Exception;
        }
    }

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CurrentState != ProcessingState.StateName || !_running.TryRemove(context.BackgroundJob.Id, out var attempt))
        {
            return;
        }

        var (outcome, summary, retryAt) = context.CandidateState switch
        {
            SucceededState succeeded => (JobRunOutcome.Succeeded, succeeded.Result as string, (DateTime?)null),
            ScheduledState retry => (JobRunOutcome.Retrying, null, retry.EnqueueAt),
            _ => (JobRunOutcome.Failed, null, null),
        };
        var error = attempt.Exception?.ToString() ?? (outcome == JobRunOutcome.Succeeded ? null : context.CandidateState.Reason);
        var job = context.BackgroundJob.Job;
        var run = new JobRun(
            context.BackgroundJob.Id, attempt.Number, JobArguments.Name(job), JobArguments.ToJson(job), attempt.RecurringJobId, attempt.Server,
            attempt.StartedAt, clock.GetUtcNow().UtcDateTime, outcome, Cut(summary, 2000), Cut(error, 8000), retryAt);

        // The log must not change what happens to the job: a failure to write it is logged, not thrown
        // (throwing here would fail the state change and leave Hangfire to run the job again).
        try
        {
            Record(run, outcome == JobRunOutcome.Retrying ? null : attempt.PendingJobId);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(exception, "Could not record run {Attempt} of job {JobId} ({Job}) in the job-run log", run.Attempt, run.BackgroundJobId, run.Job);
        }
    }

    private void Record(JobRun run, Guid? finishedPendingJob)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("jobs");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();

        // An attempt is logged (and told) once, should its state be elected again.
        if (!db.JobRuns.Any(r => r.BackgroundJobId == run.BackgroundJobId && r.Attempt == run.Attempt))
        {
            db.JobRuns.Add(run);
            if (run.Outcome == JobRunOutcome.Failed)
            {
                scope.ServiceProvider.GetRequiredService<Notifier>().NotifyRoleAsync(
                    Role.Administrator,
                    $"job-failed:{run.BackgroundJobId}",
                    $"Job failed: {run.Job}",
                    $"{run.Job} {run.Arguments} failed on attempt {run.Attempt} and will not be tried again: {FirstLine(run.Error)}",
                    $"/hangfire/jobs/details/{run.BackgroundJobId}",
                    CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        db.SaveChanges();
        if (finishedPendingJob is { } pending)
        {
            db.PendingJobs.Where(p => p.Id == pending).ExecuteDelete();
        }
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static string FirstLine(string? text) => text?.Split('\n', 2)[0].Trim() ?? "no reason given";

    private sealed class Attempt(DateTime startedAt, string server, int number, Guid? pendingJobId, string? recurringJobId)
    {
        public DateTime StartedAt { get; } = startedAt;

        public string Server { get; } = server;

        public int Number { get; } = number;

        public Guid? PendingJobId { get; } = pendingJobId;

        public string? RecurringJobId { get; } = recurringJobId;

        public Exception? Exception { get; set; }
    }
}
