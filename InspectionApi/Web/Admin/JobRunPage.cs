namespace Inspection.Web.Admin;

/// <summary>A page of the job-run log with the number of entries the filter matches.</summary>
public sealed record JobRunPage(IReadOnlyList<JobRun> Items, int Page, int PageSize, int Total);
