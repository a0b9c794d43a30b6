using System.Globalization;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;

namespace Inspection.Jobs.Benchmarks;

/// <summary>
/// A child process: opens the storage, starts the job servers, enqueues its share of the jobs, and
/// serves until the parent ends it. With in-memory storage, it first re-enqueues the work the
/// application database still records as pending (the restart path of the service).
/// </summary>
internal static class JobServerProcess
{
    public static int Run(string[] args)
    {
        var (storageKind, folder, name) = (args[0], args[1], args[2]);
        var servers = int.Parse(args[3], CultureInfo.InvariantCulture);
        var workers = int.Parse(args[4], CultureInfo.InvariantCulture);
        var enqueue = int.Parse(args[5], CultureInfo.InvariantCulture);
        var inMemory = storageKind == "inmemory";

        var app = new ApplicationDatabase(Path.Combine(folder, "app.db"));
        BenchmarkJob.Database = app;
        BenchmarkJob.Process = name;
        BenchmarkJob.RecordsPendingWork = inMemory;
        GlobalConfiguration.Configuration
            .UseLogProvider(new ErrorLog(Path.Combine(folder, $"errors-{name}.log")))
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        GlobalJobFilters.Filters.Remove<AutomaticRetryAttribute>();
        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute { Attempts = 5, DelaysInSeconds = [1] });

        JobStorage storage = inMemory
            ? new InMemoryStorage()
            : new SQLiteStorage(Path.Combine(folder, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        var client = new BackgroundJobClient(storage);
        if (inMemory)
        {
            foreach (var job in app.PendingJobs())
            {
                client.Enqueue(() => BenchmarkJob.Run(job));
            }
        }

        var running = Enumerable.Range(0, servers)
            .Select(s => new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = workers, ServerName = $"{name}-{s}", SchedulePollingInterval = TimeSpan.FromSeconds(1) }, storage))
            .ToList();

        for (var job = 0; job < enqueue; job++)
        {
            if (inMemory)
            {
                app.RecordPending(job);
            }

            var n = job;
            client.Enqueue(() => BenchmarkJob.Run(n));
        }

        File.WriteAllText(Path.Combine(folder, $"enqueued-{name}"), "done");
        Thread.Sleep(Timeout.Infinite);
        GC.KeepAlive(running);
        return 0;
    }
}
