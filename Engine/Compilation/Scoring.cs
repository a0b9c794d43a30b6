using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// Domain scores, overall score, rating band and rating caps (DESIGN.md section 3).
/// </summary>
internal static class Scoring
{
    public static InspectionResult Score(
        RuleSet ruleSet, RuleSetIdentity identity, DateOnly date, Finding[] findings, Dictionary<string, int> domainIndex)
    {
        var metWeight = new decimal[ruleSet.Domains.Count];
        var evaluatedWeight = new decimal[ruleSet.Domains.Count];
        var met = new int[ruleSet.Domains.Count];
        var notMet = new int[ruleSet.Domains.Count];
        foreach (var finding in findings)
        {
            if (!finding.IsEvaluated || !domainIndex.TryGetValue(finding.Standard.Domain, out var d))
            {
                continue;
            }

            evaluatedWeight[d] += finding.Standard.Weight;
            if (finding.Status == FindingStatus.Met)
            {
                metWeight[d] += finding.Standard.Weight;
                met[d]++;
            }
            else
            {
                notMet[d]++;
            }
        }

        var domains = new DomainScore[ruleSet.Domains.Count];
        decimal weighted = 0, totalWeight = 0;
        for (var d = 0; d < domains.Length; d++)
        {
            var domain = ruleSet.Domains[d];
            decimal? score = evaluatedWeight[d] > 0 ? metWeight[d] / evaluatedWeight[d] : null;
            domains[d] = new DomainScore(domain.Code, domain.Weight, met[d], notMet[d], score);
            if (score is { } value)
            {
                weighted += value * domain.Weight;
                totalWeight += domain.Weight;
            }
        }

        decimal? overall = totalWeight > 0 ? weighted / totalWeight : null;
        return new InspectionResult(identity, date, findings, domains, overall, overall is { } s ? Rate(ruleSet.Policy, s, findings) : null);
    }

    private static Rating Rate(EvaluationPolicy policy, decimal score, Finding[] findings)
    {
        var bands = policy.RatingBands;
        var scoreBand = bands.FirstOrDefault(b => score >= b.MinScore) ?? bands[^1];
        var band = scoreBand;
        var applied = new List<RatingCap>();
        foreach (var cap in policy.RatingCaps)
        {
            var triggered = findings.Any(f => f.Deficiency is { } deficiency
                && ((cap.Severity is { } severity && deficiency.Severity == severity) || (cap.ImmediateJeopardy && deficiency.ImmediateJeopardy)));
            var ceiling = bands.FirstOrDefault(b => b.Code == cap.MaxRating);
            if (triggered && ceiling is not null && Rank(bands, ceiling) > Rank(bands, band))
            {
                band = ceiling;
                applied.Add(cap);
            }
        }

        return new Rating(scoreBand, band, applied);
    }

    // Bands are listed from the best down, so a higher index is a lower rating.
    private static int Rank(IReadOnlyList<RatingBand> bands, RatingBand band) => bands.ToList().IndexOf(band);
}
