using Inspection.Engine.Findings;
using Inspection.Engine.Network;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Compilation;

/// <summary>
/// The rating rule's work, in plain C#: domain scores, overall score, evidence coverage, rating band,
/// rating caps and the consequences that fired (DESIGN.md section 3). Arithmetic over every finding
/// at once is cheaper here than as facts of the network (measured: scoring as rules cost about 1 ms
/// per inspection), and the caps and consequences that decide it were matched by the network.
/// </summary>
internal static class Scoring
{
    public static InspectionResult Score(InspectionFact inspection) =>
        Score(inspection.RuleSet, inspection.Response, inspection.Findings, inspection.Fired, inspection.CapHits, inspection.Failures,
            inspection.RuleSet.PlanSample(inspection.Prepared, inspection.Response));

    /// <summary>
    /// The result from a finding per standard (null: the standard reported none), the consequences
    /// fired (consequence, standard, facts), the caps triggered (cap, standard), the consequences that
    /// could not be evaluated, and the sampling plan.
    /// </summary>
    public static InspectionResult Score(
        CompiledRuleSet compiled, InspectionResponse response, Finding?[] reported, IReadOnlyList<(int Consequence, int Standard, string[] Facts)> fired,
        IReadOnlyList<(int Cap, int Standard)> capHits, IReadOnlyList<string> failures, IReadOnlyList<TracerSample> plan)
    {
        var ruleSet = compiled.RuleSet;
        var policy = ruleSet.Policy;
        var findings = new Finding[reported.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            // Every standard's rule always reports a finding: a missing one is a failure, never "not applicable".
            findings[i] = reported[i] ?? compiled.Standard(i).Error(compiled.Identity, response.Answers, "the standard's rule reported no finding");
        }

        var domainOf = compiled.DomainOf;
        var domainCount = ruleSet.Domains.Count;
        var metWeight = new decimal[domainCount];
        var evaluatedWeight = new decimal[domainCount];
        var unjudgedWeight = new decimal[domainCount];
        var met = new int[domainCount];
        var notMet = new int[domainCount];
        decimal applicable = 0, judged = 0;
        List<string>? unjudged = null;
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            var weight = finding.Standard.Weight;
            var d = domainOf[i];
            if (finding.Status == FindingStatus.NotApplicable)
            {
                continue;
            }

            applicable += weight;
            if (!finding.IsEvaluated)
            {
                (unjudged ??= []).Add(finding.StandardCode);
                if (d >= 0)
                {
                    unjudgedWeight[d] += weight;
                }

                continue;
            }

            judged += weight;
            if (d < 0)
            {
                continue;
            }

            evaluatedWeight[d] += weight;
            if (finding.Status == FindingStatus.Met)
            {
                metWeight[d] += weight;
                met[d]++;
            }
            else
            {
                notMet[d]++;
            }
        }

        var domains = new DomainScore[domainCount];
        decimal weighted = 0, totalWeight = 0, worstWeighted = 0, worstTotal = 0;
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

            // The worst the unjudged standards could make it: each of them not met.
            var worstEvaluated = evaluatedWeight[d] + unjudgedWeight[d];
            if (worstEvaluated > 0)
            {
                worstWeighted += metWeight[d] / worstEvaluated * domain.Weight;
                worstTotal += domain.Weight;
            }
        }

        decimal? overall = totalWeight > 0 ? weighted / totalWeight : null;
        var coverage = Coverage(compiled, findings, applicable, judged, unjudged);
        var caps = Caps(capHits, policy, findings);
        var consequences = fired
            .OrderBy(f => f.Consequence).ThenBy(f => f.Standard)
            .Select(f => new FiredConsequence(ruleSet.Consequences[f.Consequence], findings[f.Standard].StandardCode, f.Facts))
            .ToList();

        var bands = policy.RatingBands;
        var scoreRank = overall is { } s ? BandFor(bands, s) : -1;
        var rank = scoreRank;
        var lowering = new List<RatingCap>();
        var applied = new List<AppliedCap>(caps.Count);
        foreach (var (cap, standards) in caps)
        {
            var ceiling = IndexOf(bands, cap.MaxRating);
            var lowers = scoreRank >= 0 && ceiling > rank;
            if (lowers)
            {
                rank = ceiling;
                lowering.Add(cap);
            }

            applied.Add(new AppliedCap(cap, standards, lowers));
        }

        var reasons = NotRatedReasons(coverage, consequences, failures);
        if (overall is not null && reasons.Count == 0 && unjudged is not null)
        {
            // An unjudged standard never improves a rating: were every one of them not met, the rating must be the same.
            var worstRank = WorstRank(policy, findings, caps, worstTotal > 0 ? worstWeighted / worstTotal : 0, rank);
            if (worstRank != rank)
            {
                reasons.Add($"not rated: insufficient evidence: the standards not judged ({string.Join(", ", unjudged)}) could lower the rating from {bands[rank].Code} to {bands[worstRank].Code}");
            }
        }

        return new InspectionResult(compiled.Identity, response.InspectionDate, findings, domains, overall,
            overall is null || reasons.Count > 0 ? null : new Rating(bands[scoreRank], bands[rank], lowering))
        {
            ScoreBand = scoreRank >= 0 ? bands[scoreRank] : null,
            Coverage = coverage,
            NotRatedReasons = reasons,
            Caps = applied,
            Consequences = consequences,
            FollowUpWithinDays = consequences.Select(c => c.Consequence.Then.FollowUpWithinDays).Min(),
            EscalateTo = consequences.Select(c => c.Consequence.Then.EscalateTo).Max(),
            SamplingPlan = plan,
        };
    }

    private static EvidenceCoverage Coverage(CompiledRuleSet compiled, Finding[] findings, decimal applicable, decimal judged, List<string>? unjudged)
    {
        var required = new List<string>();
        foreach (var i in compiled.MustBeJudged)
        {
            if (findings[i].Status is FindingStatus.Incomplete or FindingStatus.Error)
            {
                required.Add(findings[i].StandardCode);
            }
        }

        return new EvidenceCoverage(applicable > 0 ? judged / applicable : null, compiled.RuleSet.Policy.EffectiveMinimumCoverage, unjudged ?? [], required);
    }

    /// <summary>The caps the network triggered, in policy order, each with its deficient standards in catalog order.</summary>
    private static List<(RatingCap Cap, IReadOnlyList<string> Standards)> Caps(IReadOnlyList<(int Cap, int Standard)> capHits, EvaluationPolicy policy, Finding[] findings)
    {
        var caps = new List<(RatingCap, IReadOnlyList<string>)>();
        if (capHits.Count == 0)
        {
            return caps;
        }

        for (var c = 0; c < policy.RatingCaps.Count; c++)
        {
            var standards = capHits.Where(h => h.Cap == c).Select(h => h.Standard).Distinct().Order().Select(i => findings[i].StandardCode).ToList();
            if (standards.Count > 0)
            {
                caps.Add((policy.RatingCaps[c], standards));
            }
        }

        return caps;
    }

    private static List<string> NotRatedReasons(EvidenceCoverage coverage, List<FiredConsequence> consequences, IReadOnlyList<string> failures)
    {
        var reasons = new List<string>();
        if (coverage.Share is { } share && share < coverage.Minimum)
        {
            reasons.Add($"not rated: insufficient evidence: {share:0.###} of the applicable standards (by weight) were judged, below the minimum {coverage.Minimum:0.###}; not judged: {string.Join(", ", coverage.Unjudged)}");
        }

        if (coverage.RequiredUnjudged.Count > 0)
        {
            reasons.Add($"not rated: insufficient evidence: standards that must be judged were not: {string.Join(", ", coverage.RequiredUnjudged)}");
        }

        foreach (var fired in consequences.Where(c => c.Consequence.Then.NotRated).DistinctBy(c => c.Consequence.Code))
        {
            reasons.Add($"not rated: {fired.Consequence.Code}: {fired.Consequence.Reason}");
        }

        reasons.AddRange(failures.Select(f => $"not rated: {f}"));
        return reasons;
    }

    /// <summary>The rank the rating would have were every unjudged applicable standard not met, at its worst grade.</summary>
    private static int WorstRank(EvaluationPolicy policy, Finding[] findings, List<(RatingCap Cap, IReadOnlyList<string> Standards)> caps, decimal worstScore, int rank)
    {
        var bands = policy.RatingBands;
        var worst = Math.Max(rank, BandFor(bands, worstScore));
        foreach (var cap in policy.RatingCaps)
        {
            if (caps.Any(c => c.Cap == cap))
            {
                continue;
            }

            var could = findings.Any(f => f.Status is FindingStatus.Incomplete or FindingStatus.Error
                && (cap.Severity == f.Standard.Severity
                    || (cap.ImmediateJeopardy && policy.GradeFor(f.Standard.Severity, f.Standard.Scope ?? Scope.Widespread)?.ImmediateJeopardy == true)));
            if (could)
            {
                worst = Math.Max(worst, IndexOf(bands, cap.MaxRating));
            }
        }

        return worst;
    }

    private static int BandFor(IReadOnlyList<RatingBand> bands, decimal score)
    {
        // Bands are listed from the best down, so a higher rank is a lower rating.
        for (var b = 0; b < bands.Count; b++)
        {
            if (score >= bands[b].MinScore)
            {
                return b;
            }
        }

        return bands.Count - 1;
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
