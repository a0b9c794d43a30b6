namespace Inspection.Api.Jobs;

/// <summary>A recurring job: its schedule, and its last and next run by the service's clock.</summary>
public sealed record RecurringJobDto(string Id, string Job, string Cron, string TimeZone, DateTime? LastRunAt, string? LastOutcome, DateTime? NextRunAt);
