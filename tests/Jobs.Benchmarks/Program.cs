using System.Diagnostics;
using System.Globalization;
using Inspection.Jobs.Benchmarks;

// Compares the two embedded job storages the service could use on SQLite: Hangfire.InMemory with the
// pending work recorded in the application database (re-enqueued at start), and the community
// Hangfire.Storage.SQLite. Each scenario runs job servers in child processes (two processes stand for
// two machines over one storage file), every job writes one row to an "application" database, and the
// parent counts executions per job: duplicates, jobs never run, lock errors logged, and throughput.
// Run: dotnet run -c Release --project tests/Jobs.Benchmarks [-- --jobs 2000 --rounds 3]
if (args is ["serve", .. var serveArgs])
{
    return JobServerProcess.Run(serveArgs);
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var jobs = Option(args, "--jobs", 2000);
var rounds = Option(args, "--rounds", 3);
var workers = Option(args, "--workers", 4);
var only = Option(args, "--scenario", 0);

Console.WriteLine($"Job storage benchmark: {jobs} jobs per scenario, {workers} workers per server, {rounds} round(s); {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("Each job inserts one row into the application database (SQLite, WAL); a job run twice leaves two rows.");
Console.WriteLine();
Console.WriteLine($"{"scenario",-44} {"jobs/s",8} {"dupes",6} {"missing",8} {"locked",7} {"errors",7} {"seconds",8}");

var scenarios = new Scenario[]
{
    new("in-memory + recorded, 1 process x 1 server", "inmemory", Processes: 1, Servers: 1, Restart: false),
    new("in-memory + recorded, 1 process x 2 servers", "inmemory", Processes: 1, Servers: 2, Restart: false),
    new("in-memory + recorded, killed and restarted", "inmemory", Processes: 1, Servers: 1, Restart: true),
    new("sqlite storage, 1 process x 1 server", "sqlite", Processes: 1, Servers: 1, Restart: false),
    new("sqlite storage, 1 process x 2 servers", "sqlite", Processes: 1, Servers: 2, Restart: false),
    new("sqlite storage, 2 processes x 1 server", "sqlite", Processes: 2, Servers: 1, Restart: false),
    new("sqlite storage, killed and restarted", "sqlite", Processes: 1, Servers: 1, Restart: true),
};

for (var round = 1; round <= rounds; round++)
{
    foreach (var scenario in only > 0 ? [scenarios[only - 1]] : scenarios)
    {
        var outcome = scenario.Run(jobs, workers);
        Console.WriteLine($"{scenario.Name,-44} {outcome.Throughput,8:0} {outcome.Duplicates,6} {outcome.Missing,8} {outcome.LockErrors,7} {outcome.OtherErrors,7} {outcome.Elapsed.TotalSeconds,8:0.0}");
    }

    Console.WriteLine();
}

return 0;

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
