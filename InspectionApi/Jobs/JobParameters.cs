namespace Inspection.Api.Jobs;

/// <summary>Names of the Hangfire job parameters this service reads and writes.</summary>
internal static class JobParameters
{
    /// <summary>The <see cref="PendingJob"/> a job was handed over from.</summary>
    public const string PendingJobId = "PendingJobId";

    /// <summary>Set by Hangfire's retry filter: how often the job has been retried.</summary>
    public const string RetryCount = "RetryCount";

    /// <summary>Set by Hangfire on jobs a recurring job created.</summary>
    public const string RecurringJobId = "RecurringJobId";
}
