namespace Inspection.Api.Jobs;

/// <summary>How one attempt at a job ended.</summary>
public enum JobRunOutcome
{
    Succeeded,

    /// <summary>Failed; it will be tried again (see <see cref="JobRun.RetryAt"/>).</summary>
    Retrying,

    /// <summary>Failed, with no retry left (or refused for good); administrators are notified.</summary>
    Failed,
}
