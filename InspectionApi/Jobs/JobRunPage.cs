namespace Inspection.Api.Jobs;

/// <summary>A page of the job-run log, newest first, with the number of entries that match the filter.</summary>
public sealed record JobRunPage(IReadOnlyList<JobRunDto> Items, int Page, int PageSize, int Total);
