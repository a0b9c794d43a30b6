using System.Text.Json.Serialization;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>
/// The compliance report of one inspection: the visit, the summary, the findings by domain, the
/// tracers and census, the residents' own view, disputes and the signature block.
/// </summary>
public sealed record ComplianceReport(
    FacilityVisit Visit,
    ComplianceSummary Summary,
    IReadOnlyList<DomainFindings> Domains,
    IReadOnlyList<TracerLine> Tracers,
    IReadOnlyList<DisputeLine> Disputes,
    IReadOnlyList<SignatureLine> Signatures)
{
    /// <summary>The findings the supervisor amended (professional judgment), each beside what was computed; empty when none.</summary>
    public IReadOnlyList<AmendmentLine> Amendments { get; init; } = [];
    /// <summary>The successes the inspection names; the findings open with them.</summary>
    public IReadOnlyList<StrengthLine> Strengths { get; init; } = [];

    /// <summary>Every finding, domain by domain.</summary>
    [JsonIgnore]
    public IEnumerable<FindingLine> Findings => Domains.SelectMany(d => d.Findings);

    /// <summary>The findings that rest on what residents themselves said (evidence from a resident interview).</summary>
    [JsonIgnore]
    public IEnumerable<FindingLine> ResidentsOwnView => Findings.Where(f => f.EvidenceSources.Contains(EvidenceSource.ResidentInterview));
}
