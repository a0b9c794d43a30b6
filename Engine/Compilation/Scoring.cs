using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// Domain scores, overall score, rating band and rating caps (DESIGN.md section 3).
/// </summary>
internal static class Scoring
{
    /// <summary>Scores <paramref name="findings"/>; <paramref name="domainOf"/> gives each finding's domain index (-1: none).</summary>
    public static InspectionResult Score(RuleSet ruleSet, RuleSetIdentity identity, DateOnly date, Finding[] findings, int[] domainOf)
    {
        var domainCount = ruleSet.Domains.Count;
        var metWeight = new decimal[domainCount];
        var evaluatedWeight = new decimal[domainCount];
        var met = new int[domainCount];
        var notMet = new int[domainCount];
        var unmetSeverities = new bool[3];
        var jeopardy = false;
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            if (finding.Deficiency is { } deficiency)
            {
                unmetSeverities[(int)deficiency.Severity] = true;
                jeopardy |= deficiency.ImmediateJeopardy;
            }

            var d = domainOf[i];
            if (!finding.IsEvaluated || d < 0)
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

        var domains = new DomainScore[domainCount];
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
        return new InspectionResult(identity, date, findings, domains, overall,
            overall is { } s ? Rate(ruleSet.Policy, s, unmetSeverities, jeopardy) : null);
    }

    private static Rating Rate(EvaluationPolicy policy, decimal score, bool[] unmetSeverities, bool jeopardy)
    {
        var bands = policy.RatingBands;
        var scoreRank = bands.Count - 1;
        for (var b = 0; b < bands.Count; b++)
        {
            if (score >= bands[b].MinScore)
            {
                scoreRank = b;
                break;
            }
        }

        // Bands are listed from the best down, so a higher rank is a lower rating.
        var rank = scoreRank;
        var applied = new List<RatingCap>();
        foreach (var cap in policy.RatingCaps)
        {
            var triggered = (cap.Severity is { } severity && unmetSeverities[(int)severity]) || (cap.ImmediateJeopardy && jeopardy);
            var ceiling = IndexOf(bands, cap.MaxRating);
            if (triggered && ceiling > rank)
            {
                rank = ceiling;
                applied.Add(cap);
            }
        }

        return new Rating(bands[scoreRank], bands[rank], applied);
    }

    private static int IndexOf(IReadOnlyList<RatingBand> bands, string code)
    {
        for (var b = 0; b < bands.Count; b++)
        {
            if (bands[b].Code == code)
            {
                return b;
            }
        }

        return -1;
    }
}
