namespace Inspection.Web.Admin;

/// <summary>One attempt at one background job, as <c>GET /api/jobs/runs</c> gives it.</summary>
public sealed record JobRun(
    long Id, string BackgroundJobId, int Attempt, string Job, string Arguments, string? RecurringJobId, string Server,
    DateTime StartedAt, DateTime FinishedAt, string Outcome, string? Summary, string? Error, DateTime? RetryAt);
