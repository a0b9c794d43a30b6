using System.Diagnostics;
using System.Globalization;
using Inspection.Api.Access;
using Inspection.Api.Cycles;
using Inspection.Api.Cycles.Planning;
using Inspection.Api.Data;
using Inspection.Api.Facilities;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The planner on SQLite over an estate of --facilities (default 2,000) of one service type, half visited
// once in the last year (evaluated), half never; --supervisors across three districts. Each round copies the
// prepared database and times one planner run of the cycle (which plans the visits due within the horizon)
// and a second run the same day (which finds everything planned and plans nothing).
var facilities = Option("--facilities", 2000);
var supervisors = Option("--supervisors", 60);
var rounds = Option("--rounds", 5);
const double Target = 2.0;

var root = Path.Combine(Path.GetTempPath(), "planner-benchmark", Guid.NewGuid().ToString("N"));
var template = Path.Combine(root, "template");
var today = DateOnly.FromDateTime(DateTime.UtcNow);
try
{
    var setup = Stopwatch.StartNew();
    var cycleId = await PrepareAsync(template, facilities, supervisors, today);
    Console.WriteLine($"Estate: {facilities} facilities ({facilities / 2} visited in the last year), {supervisors} supervisors in 3 districts; prepared in {setup.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"Target: one planner run <= {Target:F1} s on SQLite");
    var first = new List<double>();
    var repeat = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        var folder = Path.Combine(root, $"round-{round}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(template))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        await using var app = Host(folder);
        var (planned, firstSeconds) = await TimeAsync(app, cycleId, today);
        var (again, repeatSeconds) = await TimeAsync(app, cycleId, today);
        first.Add(firstSeconds);
        repeat.Add(repeatSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: first run {firstSeconds:F2} s ({planned.Regular + planned.Unannounced} visits, {planned.Invitations} invitations), second run {repeatSeconds:F2} s ({again.Regular + again.Unannounced} visits); load average {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"first run: {first.Min():F2}-{first.Max():F2} s (median {Median(first):F2}); second run: {repeat.Min():F2}-{repeat.Max():F2} s; target {Target:F1} s: {(first.Max() <= Target ? "met" : "NOT met")} in every round"));
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(root, recursive: true);
}

static WebApplication Host(string dataFolder)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration["Inspection:DataFolder"] = dataFolder;
    builder.Configuration["Inspection:CatalogFolder"] = Path.Combine(RepositoryRoot(), "standards-catalog");
    builder.Configuration["Auth:FirstAdministratorPassword"] = "benchmark-password-1234";
    builder.Logging.ClearProviders();
    builder.AddInspectionServices();
    return builder.Build();
}

static async Task<Guid> PrepareAsync(string folder, int facilities, int supervisors, DateOnly today)
{
    Directory.CreateDirectory(folder);
    await using var app = Host(folder);
    await app.PrepareDatabaseAsync();
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner benchmark");
    var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
    var evaluator = scope.ServiceProvider.GetRequiredService<InspectionEvaluator>();
    string[] districts = ["north", "center", "south"];
    for (var s = 0; s < supervisors; s++)
    {
        db.Users.Add(new User($"supervisor.{s}", $"Supervisor {s}", Role.Supervisor, "not-a-password", district: districts[s % 3]));
    }

    var op = new Operator("Benchmark operator", "580000000");
    db.Operators.Add(op);
    var estate = Enumerable.Range(0, facilities)
        .Select(i => new Facility($"Home {i}", ServiceTypes.ElderlyCareHome, "region", districts[i % 3], op.Id, 40, $"L-{i}", today.AddYears(2)))
        .ToList();
    db.Facilities.AddRange(estate);
    var published = await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published).ToListAsync();
    var cycle = new InspectionCycle("Benchmark cycle", ServiceTypes.ElderlyCareHome, today.AddMonths(-6), today.AddMonths(6));
    db.Cycles.Add(cycle);
    await db.SaveChangesAsync();

    // Half the estate was visited once in the last year, on a spread of days (the answers left empty: not rated).
    for (var i = 0; i < facilities; i += 2)
    {
        var date = today.AddDays(-(i * 7 % 360) - 1);
        var (visit, _) = FacilityInspection.Plan(estate[i], InspectionKind.Regular, date, published, null, null, null, Guid.Empty);
        visit!.Apply(LifecycleAction.Start, Role.Administrator, date.ToDateTime(TimeOnly.MinValue));
        var evaluation = evaluator.Evaluate(visit, null);
        visit.Submit(Role.Administrator, evaluation, acceptIncomplete: true);
        visit.Evaluate(Role.Administrator, evaluation, date.ToDateTime(TimeOnly.MinValue));
        db.Inspections.Add(visit);
        if (i % 200 == 0)
        {
            await db.SaveChangesAsync();
        }
    }

    await db.SaveChangesAsync();
    return cycle.Id;
}

static async Task<(PlanningRun Run, double Seconds)> TimeAsync(WebApplication app, Guid cycleId, DateOnly today)
{
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("planner benchmark");
    var planner = scope.ServiceProvider.GetRequiredService<CyclePlanner>();
    var watch = Stopwatch.StartNew();
    var run = await planner.PlanAsync(cycleId, today, CancellationToken.None);
    return (run, watch.Elapsed.TotalSeconds);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

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

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
