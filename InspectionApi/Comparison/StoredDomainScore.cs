namespace Inspection.Api.Comparison;

/// <summary>The columns of a stored domain score that headquarters figures read.</summary>
public readonly record struct StoredDomainScore(Guid InspectionId, string Domain, decimal? Score);
