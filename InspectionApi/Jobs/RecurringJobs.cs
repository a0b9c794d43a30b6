using Inspection.Api.Cycles.Planning;

namespace Inspection.Api.Jobs;

/// <summary>Every recurring job of the service, in one place (the planner and reminders join here).</summary>
public static class RecurringJobs
{
    public const string JobRunLogPruning = "job-run-log-pruning";

    public const string CyclePlanner = "cycle-planner";

    public const string CorrectionReminders = "correction-reminders";

    public const string HeadquartersRefresh = "headquarters-refresh";

    public static IReadOnlyList<RecurringJobDefinition> All { get; } =
    [
        RecurringJobDefinition.Create<JobRunLogPruning>(JobRunLogPruning, "30 3 * * *", job => job.RunAsync(CancellationToken.None)),
        RecurringJobDefinition.Create<CyclePlanner>(CyclePlanner, "0 2 * * *", job => job.RunAsync(CancellationToken.None)),
        RecurringJobDefinition.Create<CorrectionReminders>(CorrectionReminders, "0 7 * * *", job => job.RunAsync(CancellationToken.None)),
        RecurringJobDefinition.Create<HeadquartersRefreshJob>(HeadquartersRefresh, "0 1 * * *", job => job.RunAsync(CancellationToken.None)),
    ];
}
