namespace Inspection.Web.Admin;

/// <summary>A recurring job with its schedule and its last and next run.</summary>
public sealed record RecurringJob(string Id, string Job, string Cron, string TimeZone, DateTime? LastRunAt, string? LastOutcome, DateTime? NextRunAt);
