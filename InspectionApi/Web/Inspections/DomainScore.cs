namespace Inspection.Web.Inspections;

/// <summary>One domain's score.</summary>
public sealed record DomainScore(string Domain, string Title, decimal Weight, int Met, int NotMet, decimal? Score);
