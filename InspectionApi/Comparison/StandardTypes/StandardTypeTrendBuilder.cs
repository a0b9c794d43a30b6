using Inspection.Api.Comparison.Trends;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Results;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>
/// Makes the figures by standard type from stored results: each facility's latest scored result per cycle,
/// read by the Engine's <c>StandardTypeScores</c> against the rule-set version it was evaluated with, then
/// summed per district, operator and nationally. Who sees which facility follows <see cref="Audience"/>,
/// as in the trends.
/// </summary>
public sealed class StandardTypeTrendBuilder(Audience audience, Language language)
{
    /// <param name="window">The cycles to show, oldest first.</param>
    /// <param name="results">Official results of the window's cycles.</param>
    /// <param name="findings">Every stored finding of those results.</param>
    /// <param name="ruleSets">The rule set of each version the results were evaluated with.</param>
    public StandardTypeTrendsDto Build(
        string serviceType, IReadOnlyList<TrendCycleDto> window, IReadOnlyList<OfficialResult> results, IReadOnlyList<StoredFinding> findings,
        IReadOnlyDictionary<Guid, RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var findingsOf = findings.ToLookup(f => f.InspectionId);
        var points = results
            .Where(r => r.CycleId is { } cycle && window.Any(c => c.Id == cycle) && r.OverallScore is not null)
            .GroupBy(r => (r.FacilityId, Cycle: r.CycleId!.Value))
            .Select(g => g.OrderByDescending(r => r.VisitDate).ThenByDescending(r => r.InspectionId).First())
            .Select(r => (Result: r, Point: new FacilityStandardTypePointDto(r.CycleId!.Value, r.InspectionId, $"/api/inspections/{r.InspectionId}", r.OverallScore,
                StandardTypeScoreDto.Of(ruleSets[r.RuleSetVersionId], findingsOf[r.InspectionId].Select(f => (f.StandardCode, f.Status, f.Withdrawn)), language))))
            .ToList();

        var named = points.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).ToList();
        var national = Series("national", language == Language.En ? "National" : "ארצי", window, points);
        var districts = audience.SeesDistricts
            ? named.GroupBy(p => p.Result.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Series(g.Key, g.Key, window, [.. g])).ToList()
            : [];
        var operators = named.GroupBy(p => (p.Result.OperatorId, p.Result.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
            .Select(g => Series(g.Key.OperatorId.ToString(), g.Key.OperatorName, window, [.. g])).ToList();
        var facilities = named.GroupBy(p => p.Result.FacilityId)
            .Select(g => (g.First().Result, Points: g.ToDictionary(p => p.Point.CycleId, p => p.Point)))
            .OrderBy(f => f.Result.FacilityName, StringComparer.Ordinal)
            .Select(f => new FacilityStandardTypesDto(f.Result.FacilityId, f.Result.FacilityName, f.Result.District, f.Result.OperatorName,
                [.. window.Select(c => f.Points.GetValueOrDefault(c.Id))]))
            .ToList();
        return new StandardTypeTrendsDto(serviceType, window, national, districts, operators, facilities);
    }

    private StandardTypeSeriesDto Series(
        string key, string name, IReadOnlyList<TrendCycleDto> window, List<(OfficialResult Result, FacilityStandardTypePointDto Point)> points) =>
        new(key, name, [.. window.Select(cycle =>
        {
            var inCycle = points.Where(p => p.Point.CycleId == cycle.Id).ToList();
            var types = inCycle.SelectMany(p => p.Point.Types)
                .GroupBy(t => t.Type, StringComparer.Ordinal)
                .Select(g =>
                {
                    var scores = Spread.Of(g.Select(t => t.Score).OfType<decimal>());
                    var all = g.ToList();
                    return new StandardTypeSummaryDto(g.Key, all[0].Title, scores?.Count ?? 0, scores?.Mean, scores?.Median,
                        Spread.Round(all.Average(t => t.Share)), Spread.Round(all.Average(t => t.Contribution)));
                })
                .ToList();
            return new StandardTypeCyclePointDto(cycle.Id, inCycle.Count, types,
                [.. inCycle.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).Select(p => p.Point.InspectionId)]);
        })]);
}
