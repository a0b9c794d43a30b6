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
    JobRunOutcome Outcome,
    string? Summary,
    string? Error,
    DateTime? RetryAt);
