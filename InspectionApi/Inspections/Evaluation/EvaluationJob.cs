using Hangfire;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Inspections.Evaluation;

/// <summary>
/// Evaluates a submitted inspection in the background, through the aggregate's one door. The submission
/// records the job in its own transaction (<see cref="Request"/>), so a crash in between loses nothing. It
/// runs only while the submission awaits it: once the inspection is evaluated (by this job, a twin of it,
/// or someone explicitly), reopened or further on, it does nothing. Of two runs at once the database saves
/// one: the inspection's revision is a concurrency token, and its domain scores have a unique key. Each failed attempt is recorded on the
/// inspection, where the API shows it, besides the job-run log; Hangfire tries again with back-off.
/// </summary>
public sealed class EvaluationJob(IServiceScopeFactory scopes, IOptions<JobsOptions> jobOptions, TimeProvider clock, ILogger<EvaluationJob> logger)
{
    /// <summary>Asks for the evaluation of <paramref name="inspection"/>, just submitted, in <paramref name="db"/>'s unit of work.</summary>
    public static void Request(JobOutbox jobs, InspectionDbContext db, FacilityInspection inspection, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(inspection);
        inspection.RequestEvaluation(at);
        var id = inspection.Id;
        jobs.Add<EvaluationJob>(db, job => job.EvaluateAsync(id, CancellationToken.None));
    }

    /// <summary>
    /// What an evaluation brings besides the inspection's own result: a follow-up updates the deficiencies it
    /// re-checked on the inspection it follows, whose reports then say so. Endpoint and job call it alike.
    /// </summary>
    public static async Task ApplyToFollowedAsync(FacilityInspection evaluated, InspectionDbContext db, JobOutbox jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        ArgumentNullException.ThrowIfNull(db);
        if (evaluated.FollowUpOfId is { } originalId)
        {
            var original = await db.Inspections.Include(i => i.Findings).SingleAsync(i => i.Id == originalId, cancellationToken);
            original.ApplyFollowUp(evaluated);
            ReportJob.Request(jobs, db, originalId, $"follow-up of {evaluated.VisitDate ?? evaluated.PlannedDate:yyyy-MM-dd} re-checked the deficiencies");
        }
    }

    [JobDisplayName("Evaluate submitted inspection {0}")]
    public async Task<string> EvaluateAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        try
        {
            return await EvaluateOnceAsync(inspectionId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A twin saved first: the revision check or the unique keys of the result refused this one.
            if (exception is DbUpdateException && !await StillAwaitedAsync(inspectionId, cancellationToken))
            {
                return $"Inspection {inspectionId} was changed while it was evaluated (evaluated meanwhile, or reopened): nothing more to do.";
            }

            await RecordFailureAsync(inspectionId, exception, cancellationToken);
            throw;
        }
    }

    private async Task<string> EvaluateOnceAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        await using var scope = OpenScope(out var db);
        var inspection = await db.Inspections
            .Include(i => i.RuleSetVersion)
            .Include(i => i.Answers).Include(i => i.Residents).ThenInclude(r => r.Answers).Include(i => i.Census)
            .Include(i => i.Findings).Include(i => i.Disputes).Include(i => i.DomainScores)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
        if (inspection is null)
        {
            return $"Inspection {inspectionId} does not exist: nothing evaluated.";
        }

        if (!inspection.AwaitsRequestedEvaluation)
        {
            return $"Inspection {inspectionId} is {inspection.Status} ({inspection.EvaluationRequest} on submit): nothing to evaluate.";
        }

        var evaluator = scope.ServiceProvider.GetRequiredService<InspectionEvaluator>();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        var outcome = inspection.EvaluateAsRequested(user.Role!.Value, await evaluator.EvaluateAsync(inspection, cancellationToken), clock.GetUtcNow().UtcDateTime);
        if (outcome.Refusal is { } refusal)
        {
            return $"Inspection {inspectionId} not evaluated: {refusal.Message}";
        }

        await ApplyToFollowedAsync(inspection, db, scope.ServiceProvider.GetRequiredService<JobOutbox>(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return $"Inspection {inspectionId} evaluated: {inspection.Findings.Count} findings, score {inspection.OverallScore?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, rating {inspection.Rating ?? "none"}.";
    }

    private async Task<bool> StillAwaitedAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        await using var scope = OpenScope(out var db);
        return await db.Inspections.AsNoTracking().Where(i => i.Id == inspectionId).Select(i => new { i.Status, i.EvaluationRequest }).SingleOrDefaultAsync(cancellationToken)
            is { Status: InspectionStatus.Submitted, EvaluationRequest: EvaluationOnSubmit.Pending or EvaluationOnSubmit.Retrying or EvaluationOnSubmit.Failed };
    }

    /// <summary>
    /// Records the failed attempt on the inspection, with when Hangfire tries again (its retry filter counts the
    /// same attempts with the same delays). A failure to record it is logged, and the job's own failure stands.
    /// </summary>
    private async Task RecordFailureAsync(Guid inspectionId, Exception exception, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = OpenScope(out var db);
            var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);
            if (inspection is null)
            {
                return;
            }

            var options = jobOptions.Value;
            var delays = options.RetryDelays();
            var failures = inspection.EvaluationFailures + 1;
            DateTime? retryAt = failures <= options.RetryAttempts
                ? clock.GetUtcNow().UtcDateTime.AddSeconds(delays[Math.Min(failures, delays.Length) - 1])
                : null;
            var error = $"{exception.GetType().Name}: {exception.Message}";
            if (inspection.EvaluationAttemptFailed(error.Length <= 2000 ? error : error[..2000], retryAt))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception recording) when (recording is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(recording, "Could not record the failed evaluation of inspection {InspectionId} on the inspection", inspectionId);
        }
    }

    private AsyncServiceScope OpenScope(out InspectionDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("evaluation");
        db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        return scope;
    }
}
