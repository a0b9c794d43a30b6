using Inspection.Api.Audit;

namespace Inspection.Api.Jobs;

/// <summary>
/// A fire-and-forget job recorded in the application database from the moment it is asked for until it
/// has run (or failed for good), so that work held by an in-memory job storage survives a restart. Saved
/// in the same transaction as the change that asked for it.
/// </summary>
public sealed class PendingJob : IUnaudited
{
    private PendingJob()
    {
    }

    public PendingJob(string job, string invocation, DateTime createdAt)
    {
        Job = job;
        Invocation = invocation;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The job, as <c>Class.Method</c> (for people reading the table).</summary>
    public string Job { get; private set; } = string.Empty;

    /// <summary>Hangfire's serialized invocation: type, method and the identifiers it takes.</summary>
    public string Invocation { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    /// <summary>Hangfire's id once handed over; null while only recorded.</summary>
    public string? BackgroundJobId { get; private set; }

    internal void HandedOver(string backgroundJobId) => BackgroundJobId = backgroundJobId;
}
