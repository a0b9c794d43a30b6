namespace Inspection.Jobs.Benchmarks;

/// <summary>The job every scenario runs: one row in the application database, as a real job's run-log entry.</summary>
public static class BenchmarkJob
{
    internal static ApplicationDatabase? Database { get; set; }

    internal static string Process { get; set; } = string.Empty;

    internal static bool RecordsPendingWork { get; set; }

    public static void Run(int job)
    {
        Database!.RecordRun(job, Process);
        if (RecordsPendingWork)
        {
            Database.MarkDone(job);
        }
    }
}
