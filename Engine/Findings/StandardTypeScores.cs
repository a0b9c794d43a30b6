using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>
/// Reads a result by what its standards measure (Donabedian's structure, process and outcome), with the
/// same scoring as the overall score (DESIGN.md section 3). Computed on demand from the findings, so the
/// evaluation itself does no more work; every consumer (API, reports, headquarters) gets the same figures.
/// </summary>
public static class StandardTypeScores
{
    // Standards of a version stored before types existed come after the three types.
    private const int Unclassified = 3;

    /// <summary>
    /// Per type (structure, process, outcome, in that order, then unclassified standards when there are
    /// any) from an evaluation's findings and domain weights.
    /// </summary>
    public static IReadOnlyList<StandardTypeScore> Of(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Findings.Select(f => (f.Standard, f.Status)), result.Domains.Select(d => (d.Domain, d.Weight)));
    }

    /// <summary>
    /// Per type from stored findings: each standard code of <paramref name="ruleSet"/> with the status that
    /// counts (a finding withdrawn after a dispute passed as <see cref="FindingStatus.NotApplicable"/> or left
    /// out). Codes the rule set does not have are ignored.
    /// </summary>
    public static IReadOnlyList<StandardTypeScore> Of(RuleSet ruleSet, IEnumerable<(string StandardCode, FindingStatus Status)> findings)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(findings);
        var standards = ruleSet.Standards.ToDictionary(s => s.Code, StringComparer.Ordinal);
        return Of(
            findings.Where(f => standards.ContainsKey(f.StandardCode)).Select(f => (standards[f.StandardCode], f.Status)),
            ruleSet.Domains.Select(d => (d.Code, d.Weight)));
    }

    private static List<StandardTypeScore> Of(IEnumerable<(Standard Standard, FindingStatus Status)> findings, IEnumerable<(string Code, decimal Weight)> domains)
    {
        // Domains in catalog order, as the overall score sums them, so that the contributions add up to it exactly.
        var domainList = domains.ToList();
        var domainIndex = domainList.Select((d, i) => (d.Code, i)).ToDictionary(d => d.Code, d => d.i, StringComparer.Ordinal);
        var tallies = new Tally[Unclassified + 1];
        for (var t = 0; t < tallies.Length; t++)
        {
            tallies[t] = new Tally(domainList.Count);
        }

        var judgedByDomain = new decimal[domainList.Count];
        foreach (var (standard, status) in findings)
        {
            var tally = tallies[standard.Measures is { } type ? (int)type : Unclassified];
            tally.Standards++;
            if (status is not (FindingStatus.Met or FindingStatus.NotMet) || !domainIndex.TryGetValue(standard.Domain, out var d))
            {
                continue;
            }

            tally.Judged++;
            tally.JudgedWeight[d] += standard.Weight;
            judgedByDomain[d] += standard.Weight;
            if (status == FindingStatus.Met)
            {
                tally.Met++;
                tally.MetWeight[d] += standard.Weight;
            }
        }

        // The overall score weighs each domain where anything was judged by its weight.
        decimal scoredWeight = 0;
        for (var d = 0; d < domainList.Count; d++)
        {
            scoredWeight += judgedByDomain[d] > 0 ? domainList[d].Weight : 0;
        }

        var figures = new List<StandardTypeScore>(tallies.Length);
        for (var t = 0; t < tallies.Length; t++)
        {
            if (t < Unclassified || tallies[t].Standards > 0)
            {
                figures.Add(Figures(t < Unclassified ? (StandardType)t : null, tallies[t], domainList, judgedByDomain, scoredWeight));
            }
        }

        return figures;
    }

    private static StandardTypeScore Figures(
        StandardType? type, Tally tally, List<(string Code, decimal Weight)> domains, decimal[] judgedByDomain, decimal scoredWeight)
    {
        decimal weighted = 0, weightOfScored = 0, share = 0, contribution = 0;
        for (var d = 0; d < domains.Count; d++)
        {
            var judged = tally.JudgedWeight[d];
            if (judged == 0)
            {
                continue;
            }

            var weight = domains[d].Weight;
            var met = tally.MetWeight[d];
            weighted += met / judged * weight;
            weightOfScored += weight;
            share += judged / judgedByDomain[d] * weight;
            contribution += met / judgedByDomain[d] * weight;
        }

        return new StandardTypeScore(
            type, tally.Standards, tally.Judged, tally.Met,
            weightOfScored > 0 ? weighted / weightOfScored : null,
            scoredWeight > 0 ? share / scoredWeight : 0,
            scoredWeight > 0 ? contribution / scoredWeight : 0);
    }

    private sealed class Tally(int domains)
    {
        public int Standards { get; set; }

        public int Judged { get; set; }

        public int Met { get; set; }

        public decimal[] JudgedWeight { get; } = new decimal[domains];

        public decimal[] MetWeight { get; } = new decimal[domains];
    }
}
