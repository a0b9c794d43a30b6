namespace Inspection.Api.Jobs;

/// <summary>What one running copy of the service does (setting <c>Jobs:Role</c>).</summary>
public enum JobsRole
{
    /// <summary>The API and a job server in one process: the default, for one machine.</summary>
    All,

    /// <summary>The API only: jobs are enqueued into the shared storage and run by job servers elsewhere.</summary>
    Api,

    /// <summary>A job server only: the API answers 404 here; the dashboard is still served.</summary>
    Worker,
}
