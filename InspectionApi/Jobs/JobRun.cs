using Inspection.Api.Audit;

namespace Inspection.Api.Jobs;

/// <summary>
/// One attempt at one background job, as the job-run log records it: which job, with which ids, on which
/// server, when, and what it did or why it failed. Written by <see cref="JobRunLogFilter"/>; append-only.
/// </summary>
public sealed class JobRun : IUnaudited
{
    private JobRun()
    {
    }

    public JobRun(string backgroundJobId, int attempt, string job, string arguments, string? recurringJobId, string server, DateTime startedAt, DateTime finishedAt, JobRunOutcome outcome, string? summary, string? error, DateTime? retryAt)
    {
        BackgroundJobId = backgroundJobId;
        Attempt = attempt;
        Job = job;
        Arguments = arguments;
        RecurringJobId = recurringJobId;
        Server = server;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        Outcome = outcome;
        Summary = summary;
        Error = error;
        RetryAt = retryAt;
    }

    public long Id { get; private set; }

    /// <summary>Hangfire's id of the job; with <see cref="Attempt"/>, unique.</summary>
    public string BackgroundJobId { get; private set; } = string.Empty;

    /// <summary>1 for the first try, 2 for the first retry, ...</summary>
    public int Attempt { get; private set; }

    /// <summary>The job, as <c>Class.Method</c>.</summary>
    public string Job { get; private set; } = string.Empty;

    /// <summary>The identifiers it was given, as JSON.</summary>
    public string Arguments { get; private set; } = string.Empty;

    /// <summary>The recurring job that started it, if one did.</summary>
    public string? RecurringJobId { get; private set; }

    public string Server { get; private set; } = string.Empty;

    public DateTime StartedAt { get; private set; }

    public DateTime FinishedAt { get; private set; }

    public JobRunOutcome Outcome { get; private set; }

    /// <summary>What the job did, in its own words (its return value).</summary>
    public string? Summary { get; private set; }

    public string? Error { get; private set; }

    public DateTime? RetryAt { get; private set; }
}
