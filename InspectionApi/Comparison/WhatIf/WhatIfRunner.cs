using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// Runs a what-if: loads the cycle's official inspections in batches, evaluates each against the draft on
/// all cores, records progress after each batch and the result at the end. Takes the run's id only and
/// does nothing for a run already finished, so a job scheduler can call it again safely.
/// </summary>
public sealed class WhatIfRunner(IServiceScopeFactory scopes, RuleSetLibrary library, TimeProvider clock, ILogger<WhatIfRunner> logger)
{
    /// <summary>Inspections loaded and evaluated per batch (progress is saved after each).</summary>
    public const int BatchSize = 250;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("what-if");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var run = await db.Set<WhatIfRun>().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.IsFinished)
        {
            return;
        }

        try
        {
            var draftVersion = await db.RuleSetVersions.AsNoTracking().SingleAsync(v => v.Id == run.DraftVersionId, cancellationToken);
            var (draft, compiled) = library.Get(draftVersion);
            var ids = await db.Inspections.AsNoTracking().Official().Where(i => i.CycleId == run.CycleId)
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
            run.Start(ids.Count, Now);
            await db.SaveChangesAsync(cancellationToken);

            var evaluation = new WhatIfEvaluation(draft, compiled);
            var outcomes = new List<WhatIfOutcome>(ids.Count);
            foreach (var batch in ids.Chunk(BatchSize))
            {
                outcomes.AddRange(await EvaluateAsync(db, evaluation, batch, cancellationToken));
                run.Progress(outcomes.Count);
                await db.SaveChangesAsync(cancellationToken);
            }

            var versionIds = outcomes.Select(o => o.Result.RuleSetVersionId).Distinct().ToList();
            var baseline = await db.RuleSetVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
            var baselineStandards = baseline.SelectMany(v => library.Get(v).RuleSet.Standards.Select(s => s.Code)).ToHashSet(StringComparer.Ordinal);
            var result = WhatIfSummary.Build(run.CycleId, draft, [.. baseline.Select(v => v.Moniker).Order(StringComparer.Ordinal)], outcomes, baselineStandards, Language.He);
            run.Succeed(JsonSerializer.Serialize(result, Json), Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "What-if run {RunId} failed", runId);
            run.Fail(e.Message, Now);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>Evaluates one batch: reads the stored responses (no entities, no tracking), then evaluates them on all cores.</summary>
    public static async Task<WhatIfOutcome[]> EvaluateAsync(InspectionDbContext db, WhatIfEvaluation evaluation, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(evaluation);
        var responses = await StoredResponses.LoadAsync(db, ids, cancellationToken);
        var results = await OfficialResults.Project(db.Inspections.AsNoTracking().Where(i => ids.Contains(i.Id))).ToDictionaryAsync(r => r.InspectionId, cancellationToken);
        var outcomes = new WhatIfOutcome[responses.Count];
        Parallel.For(0, responses.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => outcomes[i] = evaluation.Evaluate(responses[i], results[responses[i].InspectionId]));
        return outcomes;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
