namespace Inspection.Api.Jobs;

/// <summary>Every recurring job of the service, in one place (the planner and reminders join here).</summary>
public static class RecurringJobs
{
    public const string JobRunLogPruning = "job-run-log-pruning";

    public static IReadOnlyList<RecurringJobDefinition> All { get; } =
    [
        RecurringJobDefinition.Create<JobRunLogPruning>(JobRunLogPruning, "30 3 * * *", job => job.RunAsync(CancellationToken.None)),
    ];
}
