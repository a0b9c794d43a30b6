namespace Inspection.Api.Jobs;

/// <summary>Where Hangfire keeps its jobs (setting <c>Jobs:Storage</c>).</summary>
public enum JobStorageKind
{
    /// <summary>
    /// Hangfire.InMemory, with every fire-and-forget job also recorded in the application database until it
    /// has run, and re-enqueued from there when the service starts. One process only: the embedded default.
    /// </summary>
    Embedded,

    /// <summary>Hangfire.SqlServer, shared by every API node and job server: production.</summary>
    SqlServer,
}
