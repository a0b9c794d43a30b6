using System.Text.Json;
using Hangfire;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Runs a what-if: reads the cycle's official inspections in batches (the next while the current one is
/// evaluated), evaluates each against the draft on all cores, records progress after each batch and the
/// result at the end. It is the what-if job (Hangfire): it takes the run's id only and does nothing for a
/// run already finished, so a retried or recovered job is harmless; a run a stop interrupted starts over.
/// </summary>
public sealed class WhatIfRunner(IServiceScopeFactory scopes, RuleSetLibrary library, TimeProvider clock, ILogger<WhatIfRunner> logger)
{
    /// <summary>Inspections loaded and evaluated per batch (progress is saved after each).</summary>
    public const int BatchSize = 250;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The what-if job: runs <paramref name="runId"/> unless it is finished, and says how it ended.</summary>
    [JobDisplayName("What-if run {0}")]
    public async Task<string> RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("what-if");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var run = await db.Set<WhatIfRun>().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return $"What-if run {runId} does not exist: nothing run.";
        }

        if (run.IsFinished)
        {
            return $"What-if run {runId} is {run.Status.ToString().ToLowerInvariant()} already: not run again.";
        }

        Task<(List<StoredResponse>, Dictionary<Guid, OfficialResult>)>? reading = null;
        try
        {
            var draftVersion = await db.RuleSetVersions.AsNoTracking().SingleAsync(v => v.Id == run.DraftVersionId, cancellationToken);
            var (draft, compiled) = library.Get(draftVersion);

            // Normally none is missing (written when each result is stored, filled at start and nightly).
            await ResponseSnapshots.FillMissingAsync(db, run.CycleId, cancellationToken);
            var ids = await db.Inspections.AsNoTracking().Official().Where(i => i.CycleId == run.CycleId)
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
            run.Start(ids.Count, Now);
            await db.SaveChangesAsync(cancellationToken);

            // The next batch is read while this one is evaluated on the other cores; progress is saved between batches.
            var evaluation = new WhatIfEvaluation(draft, compiled);
            var outcomes = new List<WhatIfOutcome>(ids.Count);
            var batches = ids.Chunk(BatchSize).ToList();
            for (var k = 0; k < batches.Count; k++)
            {
                var batch = await (reading ?? ReadAsync(db, batches[k], cancellationToken));
                var next = k + 1 < batches.Count ? batches[k + 1] : null;
                reading = next is null ? null : Task.Run(() => ReadAsync(db, next, cancellationToken), cancellationToken);
                outcomes.AddRange(Evaluate(evaluation, batch, cancellationToken));
                if (reading is not null)
                {
                    await reading;
                }

                run.Progress(outcomes.Count);
                await db.SaveChangesAsync(cancellationToken);
            }

            var versionIds = outcomes.Select(o => o.Result.RuleSetVersionId).Distinct().ToList();
            var baseline = await db.RuleSetVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
            var baselineStandards = baseline.SelectMany(v => library.Get(v).RuleSet.Standards.Select(s => s.Code)).ToHashSet(StringComparer.Ordinal);
            var result = WhatIfSummary.Build(run.CycleId, draft, [.. baseline.Select(v => v.Moniker).Order(StringComparer.Ordinal)], outcomes, baselineStandards, Language.He);
            run.Succeed(JsonSerializer.Serialize(result, Json), Now);
            await db.SaveChangesAsync(cancellationToken);
            return $"What-if run {runId}: {result.Evaluated} of {result.Inspections} inspections evaluated against {result.Draft}.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "What-if run {RunId} failed", runId);
            if (reading is not null)
            {
                // The context is not shared: let a read in flight end (its own failure is not this run's error).
                await Task.WhenAny(reading);
            }

            run.Fail(e.Message, Now);
            await db.SaveChangesAsync(CancellationToken.None);
            return $"What-if run {runId} failed: {run.Error}";
        }
    }

    /// <summary>Reads one batch: the stored responses and the official results they belong to (no entities, no tracking).</summary>
    public static async Task<(List<StoredResponse> Responses, Dictionary<Guid, OfficialResult> Results)> ReadAsync(
        InspectionDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var responses = await StoredResponses.LoadAsync(db, ids, cancellationToken);
        var results = await OfficialResults.Project(db.Inspections.AsNoTracking().Where(i => ids.Contains(i.Id))).ToDictionaryAsync(r => r.InspectionId, cancellationToken);
        return (responses, results);
    }

    /// <summary>Evaluates one batch on all cores.</summary>
    public static WhatIfOutcome[] Evaluate(WhatIfEvaluation evaluation, (List<StoredResponse> Responses, Dictionary<Guid, OfficialResult> Results) batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (responses, results) = batch;
        var outcomes = new WhatIfOutcome[responses.Count];
        Parallel.For(0, responses.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => outcomes[i] = evaluation.Evaluate(responses[i], results[responses[i].InspectionId]));
        return outcomes;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
