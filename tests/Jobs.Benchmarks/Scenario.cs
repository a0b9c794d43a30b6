using System.Diagnostics;
using System.Globalization;

namespace Inspection.Jobs.Benchmarks;

/// <summary>One way of running the jobs, measured from the parent process.</summary>
internal sealed record Scenario(string Name, string Storage, int Processes, int Servers, bool Restart)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public Outcome Run(int jobs, int workers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jobs-benchmark", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var app = new ApplicationDatabase(Path.Combine(folder, "app.db"));
            app.Create();
            var watch = Stopwatch.StartNew();
            var children = new List<Process>();
            for (var p = 0; p < Processes; p++)
            {
                // The first process enqueues; the others only serve.
                children.Add(Start(folder, p, workers, enqueue: p == 0 ? jobs : 0));
            }

            if (Restart)
            {
                // Killed once every job is recorded as enqueued and about a third have run.
                WaitFor(() => File.Exists(Path.Combine(folder, "enqueued-p0")) && app.DistinctJobsRun() >= jobs / 3, Patience);
                Console.Error.WriteLine($"  killed with {app.DistinctJobsRun()} of {jobs} jobs run");
                children.ForEach(c => c.Kill(entireProcessTree: true));
                children.ForEach(c => c.WaitForExit());
                children.Add(Start(folder, Processes, workers, enqueue: 0));
            }

            var done = WaitFor(() => app.DistinctJobsRun() >= jobs, Patience);
            var elapsed = watch.Elapsed;
            Thread.Sleep(TimeSpan.FromSeconds(2)); // late duplicates
            foreach (var child in children.Where(c => !c.HasExited))
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }

            var (executions, distinct) = app.Executions();
            var errors = Directory.GetFiles(folder, "errors-*.log").SelectMany(File.ReadAllLines).ToList();
            var locked = errors.Count(e => e.Contains("locked", StringComparison.OrdinalIgnoreCase) || e.Contains("busy", StringComparison.OrdinalIgnoreCase));
            return new Outcome(
                Throughput: distinct / elapsed.TotalSeconds,
                Duplicates: executions - distinct,
                Missing: jobs - distinct,
                LockErrors: locked,
                OtherErrors: errors.Count - locked,
                Elapsed: done ? elapsed : Patience);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private Process Start(string folder, int index, int workers, int enqueue)
    {
        var self = Environment.ProcessPath!;
        var dll = typeof(Scenario).Assembly.Location;
        var info = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardOutput = false };
        if (!self.EndsWith("Inspection.Jobs.Benchmarks", StringComparison.Ordinal))
        {
            info.ArgumentList.Add(dll);
        }

        foreach (var argument in new[] { "serve", Storage, folder, $"p{index}", Servers.ToString(CultureInfo.InvariantCulture), workers.ToString(CultureInfo.InvariantCulture), enqueue.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static bool WaitFor(Func<bool> condition, TimeSpan patience)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < patience)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }
}
