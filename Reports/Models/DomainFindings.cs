using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>The findings of one domain, in catalog order.</summary>
public sealed record DomainFindings(string Code, LocalizedText Title, decimal? Score, IReadOnlyList<FindingLine> Findings);
