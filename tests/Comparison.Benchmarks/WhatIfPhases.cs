using System.Diagnostics;
using System.Globalization;
using Inspection.Api.Comparison;
using Inspection.Api.Comparison.WhatIf;
using Inspection.Api.Cycles;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Comparison.Benchmarks;

/// <summary>
/// Where the what-if's processor time goes, phase by phase, in process (no job, no HTTP), over the same
/// inspections as the what-if figure: reading the stored responses (one thread; the response snapshots
/// alone; and, for reference, the same answers packed by the database per inspection and resident, as
/// before snapshots, and read one row per answer and finding, as before that), building the Engine's
/// responses, the Engine's evaluation (one thread, then on all cores through the runner) and the summary.
/// Then the fidelity check: each inspection's own published version as the draft must change nothing.
/// </summary>
internal static class WhatIfPhases
{
    public static async Task RunAsync(NationalHost host, IReadOnlyList<InspectionCycle> cycles, Dictionary<string, Guid> drafts, int runs)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var library = scope.ServiceProvider.GetRequiredService<RuleSetLibrary>();
        var versions = await db.RuleSetVersions.AsNoTracking().ToDictionaryAsync(v => v.Id);
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var ids = await db.Inspections.AsNoTracking().Official().Where(i => i.CycleId != null && cycleIds.Contains(i.CycleId.Value))
            .OrderBy(i => i.CycleId).ThenBy(i => i.Id).Select(i => new { i.Id, CycleId = i.CycleId!.Value, i.RuleSetVersionId }).ToListAsync();
        var cycleOf = cycles.ToDictionary(c => c.Id);
        var evaluations = cycles.ToDictionary(c => c.Id, c => library.Get(versions[drafts[c.ServiceType]]) is var (draft, compiled) ? new WhatIfEvaluation(draft, compiled) : null!);
        Console.WriteLine($"What-if phases over the same {ids.Count} inspections (in process, {WhatIfRunner.BatchSize} per batch), {runs} runs:");

        var timings = new Dictionary<string, List<(double Wall, double Cpu)>>(StringComparer.Ordinal);
        List<(Guid CycleId, List<StoredResponse> Responses, Dictionary<Guid, OfficialResult> Results)> batches = [];
        for (var run = 0; run <= runs; run++)
        {
            batches = [];
            Time("read stored responses (one thread)", run, () =>
            {
                foreach (var group in ids.GroupBy(i => i.CycleId))
                {
                    foreach (var chunk in group.Select(i => i.Id).Chunk(WhatIfRunner.BatchSize))
                    {
                        var (responses, results) = WhatIfRunner.ReadAsync(db, chunk, CancellationToken.None).GetAwaiter().GetResult();
                        batches.Add((group.Key, responses, results));
                    }
                }
            });
            Time("of which the response snapshots (one thread)", run, () =>
            {
                foreach (var group in ids.GroupBy(i => i.CycleId))
                {
                    foreach (var chunk in group.Select(i => i.Id).Chunk(WhatIfRunner.BatchSize))
                    {
                        PackedRowReader.SnapshotsAsync(db, chunk).GetAwaiter().GetResult();
                    }
                }
            });
            Time("reference: the same answers packed per inspection and resident (one thread)", run, () =>
            {
                foreach (var group in ids.GroupBy(i => i.CycleId))
                {
                    foreach (var chunk in group.Select(i => i.Id).Chunk(WhatIfRunner.BatchSize))
                    {
                        PackedRowReader.ReadAsync(db, chunk).GetAwaiter().GetResult();
                    }
                }
            });
            Time("reference: answers and findings read a row each (one thread)", run, () =>
            {
                foreach (var group in ids.GroupBy(i => i.CycleId))
                {
                    foreach (var chunk in group.Select(i => i.Id).Chunk(WhatIfRunner.BatchSize))
                    {
                        RowReader.ReadAsync(db, chunk).GetAwaiter().GetResult();
                    }
                }
            });
            Time("build Engine responses (one thread)", run, () =>
            {
                foreach (var (cycleId, responses, results) in batches)
                {
                    foreach (var response in responses)
                    {
                        evaluations[cycleId].Response(response, results[response.InspectionId].VisitDate, new HashSet<string>());
                    }
                }
            });
            var built = batches.Select(b => (Compiled: library.Get(versions[drafts[cycleOf[b.CycleId].ServiceType]]).Compiled,
                Responses: b.Responses.Select(r => evaluations[b.CycleId].Response(r, b.Results[r.InspectionId].VisitDate, new HashSet<string>())).ToList())).ToList();
            Time("Engine evaluation only (one thread)", run, () =>
            {
                foreach (var (compiled, responses) in built)
                {
                    foreach (var response in responses)
                    {
                        compiled.Evaluate(response);
                    }
                }
            });
            var outcomes = new List<WhatIfOutcome>();
            Time("evaluate and compare, all cores (runner)", run, () =>
            {
                outcomes = [.. batches.SelectMany(b => WhatIfRunner.Evaluate(evaluations[b.CycleId], (b.Responses, b.Results), CancellationToken.None))];
            });
            Time("summaries and JSON", run, () =>
            {
                foreach (var group in outcomes.GroupBy(o => o.Result.CycleId))
                {
                    var cycle = cycleOf[group.Key!.Value];
                    var draft = library.Get(versions[drafts[cycle.ServiceType]]).RuleSet;
                    var summary = WhatIfSummary.Build(cycle.Id, draft, [], [.. group], draft.Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal), Language.He);
                    System.Text.Json.JsonSerializer.Serialize(summary, WhatIfRunner.Json);
                }
            });
        }

        foreach (var (name, list) in timings)
        {
            var walls = list.Select(t => t.Wall).Order().ToList();
            var cpus = list.Select(t => t.Cpu).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-64} wall min {walls[0],6:F0} median {walls[walls.Count / 2],6:F0} ms; processor min {cpus[0],6:F0} median {cpus[cpus.Count / 2],6:F0} max {cpus[^1],6:F0} ms"));
        }

        // Fidelity: the inspection's own (published) version as the draft reproduces every stored result.
        var same = batches.SelectMany(b => b.Responses.Select(r => (Response: r, Result: b.Results[r.InspectionId]))).Select(x =>
        {
            var (ruleSet, compiled) = library.Get(versions[x.Result.RuleSetVersionId]);
            return new WhatIfEvaluation(ruleSet, compiled).Evaluate(x.Response, x.Result);
        }).ToList();
        var differing = same.Where(o => o.Error is not null || o.Changes.Count > 0 || o.ScoreAfter != o.Result.OverallScore || o.RatingAfter != o.Result.Rating).ToList();
        Console.WriteLine($"  fidelity: each inspection's own version as the draft reproduces {same.Count - differing.Count} of {same.Count} stored results" +
            (differing.Count == 0 ? "" : $"; first differing: {differing[0].Result.InspectionId} ({differing[0].Error ?? string.Join(", ", differing[0].Changes.Select(c => $"{c.Code} {c.Before}/{c.GradeBefore} -> {c.After}/{c.GradeAfter}"))})"));
        Console.WriteLine();

        void Time(string name, int run, Action action)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            action();
            var wall = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (run > 0)
            {
                (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
            }
        }
    }
}
