using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A domain's score: the weighted share of met standards among those judged.</summary>
/// <param name="Score">Null when no standard of the domain was judged.</param>
public sealed record DomainScoreLine(string Code, LocalizedText Title, decimal Weight, int Met, int NotMet, decimal? Score);
