namespace Inspection.Engine.Findings;

/// <summary>A domain's score: the weighted share of met standards among those evaluated (Met or NotMet).</summary>
/// <param name="Score">Null when no standard of the domain was evaluated.</param>
public sealed record DomainScore(string Domain, decimal Weight, int Met, int NotMet, decimal? Score);
