using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.NationalData;
using Inspection.Api.RuleSets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Comparison.Benchmarks;

internal static class ComparisonBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        // Headquarters figures on a national picture (2,000 facilities, 5 quarterly cycles), on SQLite, through
        // the real host over HTTP: each figure timed several times, printed as min / median / max against its target.
        //   dotnet run -c Release --project tests/Comparison.Benchmarks -- [--database national.db] [--runs 7] [--only what-if]
        // Processor time is the whole process's (every thread), so on a loaded machine it shows the work itself.
        // Without --database, the picture is generated first (several minutes) into a temporary file.
        var database = Argument("--database");
        var runs = int.Parse(Argument("--runs") ?? "7", CultureInfo.InvariantCulture);
        var only = Argument("--only");
        var root = RepositoryRoot();
        if (database is null)
        {
            database = Path.Combine(Path.GetTempPath(), $"national-{Guid.NewGuid():N}.db");
            Console.WriteLine($"Generating the national picture into {database} ...");
            var stopwatch = Stopwatch.StartNew();
            var summary = await NationalDataCommand.GenerateAsync(database, new NationalDataOptions { Until = new DateOnly(2026, 11, 30) },
                Path.Combine(root, "standards-catalog"), Console.Out, CancellationToken.None);
            Console.WriteLine($"  {summary} in {stopwatch.Elapsed.TotalSeconds:F0} s");
        }

        using var host = new NationalHost(database);
        using var analyst = await host.ClientAsync("analyst");
        var cycles = await host.ReadAsync(db => db.Cycles.AsNoTracking().ToListAsync());
        var latest = cycles.Max(c => c.PeriodStart);
        var lastCycles = cycles.Where(c => c.PeriodStart == latest).ToList();
        var elderly = lastCycles.Single(c => c.ServiceType == "elderly-care-home");
        var counts = await host.ReadAsync(async db => (
            Facilities: await db.Facilities.CountAsync(),
            Inspections: await db.Inspections.CountAsync(i => i.CycleId != null),
            InCycle: await db.Inspections.CountAsync(i => i.CycleId == elderly.Id),
            InQuarter: await db.Inspections.CountAsync(i => i.CycleId != null && i.VisitDate >= latest)));
        Console.WriteLine($"Data: {counts.Facilities} facilities, {cycles.Count} cycles, {counts.Inspections} official inspections; " +
            $"cycle '{elderly.Name}' has {counts.InCycle}, the last quarter {counts.InQuarter}.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()} at start; {runs} timed runs after one warm-up each.");
        Console.WriteLine();

        var quarter = $"from={latest:yyyy-MM-dd}&to={lastCycles[0].PeriodEnd:yyyy-MM-dd}";
        await Measure("comparison, one cycle (500 facilities)", 300, () => analyst.GetStringAsync($"/api/comparison?cycleId={elderly.Id}"));
        await Measure("trends over 5 cycles, one service type (500 facilities)", 1000, () => analyst.GetStringAsync("/api/comparison/trends?serviceType=elderly-care-home&cycles=5"));
        await Measure("export CSV, 2,000 rows (last quarter, four service types)", 2000, () => analyst.GetByteArrayAsync($"/api/comparison/export/csv?{quarter}"));
        await Measure("export XLSX, 2,000 rows (last quarter, four service types)", 2000, () => analyst.GetByteArrayAsync($"/api/comparison/export/xlsx?{quarter}"));
        await Measure("comparison, last quarter, four service types (2,000 facilities)", null, () => analyst.GetStringAsync($"/api/comparison?{quarter}"));
        await Measure("self-assessment agreement, one cycle", null, () => analyst.GetStringAsync($"/api/comparison/agreement?cycleId={elderly.Id}"));
        await Measure("population served, one cycle", null, () => analyst.GetStringAsync($"/api/comparison/population?cycleId={elderly.Id}"));

        // The what-if: a draft of each service type (every resident bar raised by 0.1), evaluated over the four cycles of the last quarter.
        var drafts = await host.DraftsAsync();
        var whatIfRuns = Math.Max(1, runs / 2);
        await Measure($"what-if, 4 cycles = {counts.InQuarter} stored inspections (job, submit to done)", 3000, async () =>
        {
            var ids = new List<Guid>();
            foreach (var cycle in lastCycles)
            {
                var response = await analyst.PostAsJsonAsync("/api/comparison/what-if", new { cycleId = cycle.Id, draftVersionId = drafts[cycle.ServiceType] });
                response.EnsureSuccessStatusCode();
                ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            }

            foreach (var id in ids)
            {
                while (true)
                {
                    var run = await analyst.GetFromJsonAsync<JsonElement>($"/api/comparison/what-if/{id}");
                    var status = run.GetProperty("status").GetString();
                    if (status == "Failed")
                    {
                        throw new InvalidOperationException(run.GetProperty("error").GetString());
                    }

                    if (status == "Succeeded")
                    {
                        break;
                    }

                    await Task.Delay(100);
                }
            }

            return ids.Count;
        }, whatIfRuns);

        if (only is null || "what-if phases".Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            Console.WriteLine();
            Console.WriteLine($"Load average before the phases: {LoadAverage()}");
            await WhatIfPhases.RunAsync(host, lastCycles, drafts, whatIfRuns);
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
        return 0;

        async Task Measure<T>(string name, int? targetMs, Func<Task<T>> action, int? times = null)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            await action();
            var timings = new List<(double Wall, double Cpu)>();
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < (times ?? runs); i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                await action();
                var wall = stopwatch.Elapsed.TotalMilliseconds;
                process.Refresh();
                timings.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
            }

            var walls = timings.Select(t => t.Wall).Order().ToList();
            var cpus = timings.Select(t => t.Cpu).Order().ToList();
            var median = walls[walls.Count / 2];
            var verdict = targetMs is { } target ? (median <= target ? $"target <= {target} ms: met" : $"target <= {target} ms: NOT met") : "no target";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-66} wall min {walls[0],6:F0} median {median,6:F0} max {walls[^1],6:F0} ms; processor median {cpus[cpus.Count / 2],6:F0} ms   {verdict}"));
        }

        string? Argument(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

        static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Inspection.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Inspection.sln not found above the benchmark");
        }
    }
}
