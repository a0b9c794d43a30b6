using Inspection.Api.Hosting;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison;

/// <summary>
/// Makes the comparison from stored results, in memory: every figure of <see cref="ServiceTypeComparisonDto"/>,
/// for an <see cref="Audience"/>. Standings among peers and national figures are made of every result in
/// scope; what the reader sees of each facility is decided once, here.
/// </summary>
public sealed class ComparisonBuilder(ComparisonOptions options, Audience audience, Language language)
{
    public ComparisonDto Build(
        ComparisonScope scope, IReadOnlyList<OfficialResult> results, IReadOnlyList<StoredFinding> findings,
        IReadOnlyList<StoredDomainScore> domainScores, IReadOnlyDictionary<Guid, RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(results);
        var findingsOf = findings.ToLookup(f => f.InspectionId);
        var scoresOf = domainScores.ToLookup(d => d.InspectionId);
        var parts = results
            .GroupBy(r => r.ServiceType, StringComparer.Ordinal)
            .OrderBy(g => ServiceTypes.All.ToList().IndexOf(g.Key))
            .Select(g => ServiceType(scope, g.Key, [.. g], findingsOf, scoresOf, ruleSets))
            .ToList();
        return new ComparisonDto(scope, parts);
    }

    private ServiceTypeComparisonDto ServiceType(
        ComparisonScope scope, string serviceType, List<OfficialResult> results, ILookup<Guid, StoredFinding> findingsOf,
        ILookup<Guid, StoredDomainScore> scoresOf, IReadOnlyDictionary<Guid, RuleSet> ruleSets)
    {
        var catalog = new RuleSetsOfType(results.Select(r => ruleSets[r.RuleSetVersionId]));
        var standings = Standings(scope, results);
        var facilities = results
            .Select(r => Facility(r, catalog, findingsOf[r.InspectionId], scoresOf[r.InspectionId], ruleSets[r.RuleSetVersionId], standings[r.InspectionId]))
            .ToList();

        // Providers see peers without identity, labelled by standing; supervisors see only their district.
        var shown = new List<FacilityComparisonDto>();
        var peer = 0;
        foreach (var (result, facility) in results.Zip(facilities).OrderBy(p => p.Second.Rank ?? int.MaxValue).ThenBy(p => p.First.FacilityName, StringComparer.Ordinal))
        {
            if (audience.Names(result.District, result.OperatorId))
            {
                shown.Add(facility);
            }
            else if (audience.SeesAnonymisedPeers)
            {
                peer++;
                shown.Add(facility with
                {
                    FacilityId = null,
                    Facility = language == Language.En ? $"Peer facility {peer}" : $"מתקן עמית {peer}",
                    Anonymised = true,
                    District = null,
                    Operator = null,
                    VisitDate = null,
                    InspectionId = null,
                    Link = null,
                });
            }
        }

        var named = results.Where(r => audience.Names(r.District, r.OperatorId)).ToList();
        var byId = results.Zip(facilities).ToDictionary(p => p.First.InspectionId, p => p.Second);
        var national = Summary("national", language == Language.En ? "National" : "ארצי", results, byId, catalog);
        var districts = audience.SeesDistricts
            ? named.GroupBy(r => r.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Summary(g.Key, g.Key, [.. g], byId, catalog)).ToList()
            : [];
        var operators = named.GroupBy(r => (r.OperatorId, r.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
            .Select(g => Summary(g.Key.OperatorId.ToString(), g.Key.OperatorName, [.. g], byId, catalog)).ToList();

        var domainCodes = catalog.Domains.Select(d => d.Code).ToList();
        var matrix = new DomainMatrixDto(domainCodes,
            [.. shown.Select(f => new DomainMatrixRowDto(f.Facility, f.InspectionId, [.. domainCodes.Select(d => f.DomainScores.GetValueOrDefault(d))]))]);

        var mostFailed = new MostFailedDto(
            MostFailed(results, findingsOf, catalog),
            audience.SeesDistricts
                ? [.. named.GroupBy(r => r.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new GroupFailuresDto(g.Key, g.Key, MostFailed([.. g], findingsOf, catalog)))]
                : [],
            [.. named.GroupBy(r => (r.OperatorId, r.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
                .Select(g => new GroupFailuresDto(g.Key.OperatorId.ToString(), g.Key.OperatorName, MostFailed([.. g], findingsOf, catalog)))]);

        return new ServiceTypeComparisonDto(serviceType, catalog.Monikers,
            [.. catalog.Domains.Select(d => new DomainColumnDto(d.Code, d.Title.In(language), d.Weight))], catalog.Grades,
            shown, national, districts, operators, matrix, mostFailed);
    }

    /// <summary>Each scored result's standing among its peers: the same service type, and the same size band when asked.</summary>
    private Dictionary<Guid, PeerStanding?> Standings(ComparisonScope scope, List<OfficialResult> results)
    {
        var standings = results.ToDictionary(r => r.InspectionId, _ => (PeerStanding?)null);
        foreach (var peers in results.Where(r => r.OverallScore is not null).GroupBy(r => scope.RankBySizeBand ? options.SizeBandOf(r.Capacity) : string.Empty, StringComparer.Ordinal))
        {
            var group = peers.ToList();
            var of = PeerStanding.Of([.. group.Select(r => r.OverallScore!.Value)]);
            for (var i = 0; i < group.Count; i++)
            {
                standings[group[i].InspectionId] = of[i];
            }
        }

        return standings;
    }

    private FacilityComparisonDto Facility(
        OfficialResult result, RuleSetsOfType catalog, IEnumerable<StoredFinding> findings, IEnumerable<StoredDomainScore> domainScores,
        RuleSet ruleSet, PeerStanding? standing)
    {
        var list = findings.ToList();
        var deficiencies = list.Where(f => f.IsDeficiency).ToList();
        var byGrade = catalog.Grades.ToDictionary(g => g, g => deficiencies.Count(f => f.Grade == g), StringComparer.Ordinal);
        var scores = domainScores.ToDictionary(d => d.Domain, d => d.Score, StringComparer.Ordinal);
        return new FacilityComparisonDto(result.FacilityId, result.FacilityName, false, result.District, result.OperatorName,
            options.SizeBandOf(result.Capacity), result.VisitDate, ruleSet.Moniker, result.OverallScore, result.Rating,
            result.EvidenceCoverage is { } stored ? Spread.Round(stored) : EvidenceCoverage(list, catalog),
            catalog.Domains.ToDictionary(d => d.Code, d => scores.GetValueOrDefault(d.Code), StringComparer.Ordinal),
            deficiencies.Count, byGrade, standing?.Rank, standing?.Peers ?? 0, standing?.Percentile, result.InspectionId, $"/api/inspections/{result.InspectionId}");
    }

    /// <summary>
    /// The weighted share of applicable standards that were judged (met or not met), from the stored
    /// findings: not-applicable standards and withdrawn findings count in neither part. Null when no
    /// standard applied. Used for results stored without the Engine's own coverage.
    /// </summary>
    public static decimal? EvidenceCoverage(IReadOnlyCollection<StoredFinding> findings, RuleSetsOfType catalog)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(catalog);
        var applicable = findings.Where(f => f.Status != FindingStatus.NotApplicable && !f.Withdrawn).ToList();
        var total = applicable.Sum(f => catalog.WeightOf(f.StandardCode));
        return total == 0 ? null : Spread.Round(applicable.Where(f => f.IsJudged).Sum(f => catalog.WeightOf(f.StandardCode)) / total);
    }

    private GroupSummaryDto Summary(string key, string name, List<OfficialResult> results, Dictionary<Guid, FacilityComparisonDto> facilities, RuleSetsOfType catalog)
    {
        var rows = results.Select(r => facilities[r.InspectionId]).ToList();
        var ratings = catalog.RatingBands.ToDictionary(b => b, b => rows.Count(f => f.Rating == b), StringComparer.Ordinal);
        return new GroupSummaryDto(key, name, rows.Count,
            Spread.Of(rows.Where(f => f.OverallScore is not null).Select(f => f.OverallScore!.Value)),
            catalog.Domains.ToDictionary(d => d.Code, d => Spread.Of(rows.Select(f => f.DomainScores.GetValueOrDefault(d.Code)).OfType<decimal>()), StringComparer.Ordinal),
            ratings, rows.Count(f => f.Rating is null), rows.Sum(f => f.Deficiencies),
            [.. results.Where(r => audience.Names(r.District, r.OperatorId)).Select(r => r.InspectionId)]);
    }

    private List<FailedStandardDto> MostFailed(List<OfficialResult> results, ILookup<Guid, StoredFinding> findingsOf, RuleSetsOfType catalog)
    {
        var judged = new Dictionary<string, int>(StringComparer.Ordinal);
        var failed = new Dictionary<string, List<OfficialResult>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var finding in findingsOf[result.InspectionId].Where(f => f.IsJudged))
            {
                judged[finding.StandardCode] = judged.GetValueOrDefault(finding.StandardCode) + 1;
                if (finding.IsDeficiency)
                {
                    (failed.TryGetValue(finding.StandardCode, out var list) ? list : failed[finding.StandardCode] = []).Add(result);
                }
            }
        }

        return [.. failed
            .Select(f => (Code: f.Key, Results: f.Value, Judged: judged[f.Key]))
            .OrderByDescending(f => f.Results.Count).ThenByDescending(f => (decimal)f.Results.Count / f.Judged).ThenBy(f => f.Code, StringComparer.Ordinal)
            .Take(options.MostFailed)
            .Select(f => new FailedStandardDto(f.Code, catalog.StandardTitle(f.Code, language),
                catalog.Standards.TryGetValue(f.Code, out var standard) ? standard.Domain : string.Empty,
                f.Results.Count, f.Judged, Spread.Round((decimal)f.Results.Count / f.Judged),
                [.. f.Results.Where(r => audience.Names(r.District, r.OperatorId)).Select(r => r.InspectionId)]))];
    }
}
