namespace Inspection.Api.Jobs;

/// <summary>One attempt at one job, as the job-run log API shows it.</summary>
public sealed record JobRunDto(
    long Id,
    string BackgroundJobId,
    int Attempt,
    string Job,
    string Arguments,
    string? RecurringJobId,
    string Server,
    DateTime StartedAt,
    DateTime FinishedAt,
    string Outcome,
    string? Summary,
    string? Error,
    DateTime? RetryAt)
{
    public static JobRunDto From(JobRun run) => new(
        run.Id, run.BackgroundJobId, run.Attempt, run.Job, run.Arguments, run.RecurringJobId, run.Server,
        run.StartedAt, run.FinishedAt, run.Outcome.ToString(), run.Summary, run.Error, run.RetryAt);
}
