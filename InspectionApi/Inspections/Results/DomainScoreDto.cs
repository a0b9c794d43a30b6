namespace Inspection.Api.Inspections.Results;

/// <summary>One domain's score, titled in the reader's language.</summary>
public sealed record DomainScoreDto(string Domain, string Title, decimal Weight, int Met, int NotMet, decimal? Score);
