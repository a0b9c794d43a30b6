namespace Inspection.Api.Jobs;

/// <summary>Background jobs (section "Jobs" of configuration).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>API and jobs together (default), API only, or jobs only.</summary>
    public JobsRole Role { get; set; } = JobsRole.All;

    /// <summary>Job storage; empty: <see cref="JobStorageKind.SqlServer"/> when the database is SQL Server, else <see cref="JobStorageKind.Embedded"/>.</summary>
    public JobStorageKind? Storage { get; set; }

    /// <summary>SQL Server connection string for the job storage; empty: the application database's.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Jobs one server runs at once.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often a job that failed is tried again before it is recorded as failed for good.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>
    /// Seconds to wait before each retry, in order (the last is used for any later retry); empty: 30 s,
    /// 2 min, 10 min, 30 min, 1 h.
    /// </summary>
    public int[]? RetryDelaysInSeconds { get; set; }

    internal int[] RetryDelays() => RetryDelaysInSeconds is { Length: > 0 } delays ? delays : [30, 120, 600, 1800, 3600];

    /// <summary>How often a job server looks for delayed jobs and retries that have come due.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time zone of the recurring jobs' schedules (IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Jerusalem";

    /// <summary>Job-run log entries older than this are removed by the daily housekeeping job.</summary>
    public TimeSpan RunLogRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long the dashboard cookie given to an administrator lasts.</summary>
    public TimeSpan DashboardSessionLifetime { get; set; } = TimeSpan.FromMinutes(20);
}
