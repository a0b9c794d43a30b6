using Inspection.Api.Comparison.Trends;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Results;
using Inspection.Engine.Findings;
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
            .Select(r => new Point(r, StandardTypeScores.Of(ruleSets[r.RuleSetVersionId],
                findingsOf[r.InspectionId].Where(f => !f.Withdrawn).Select(f => (f.StandardCode, f.Status)))))
            .ToList();

        var named = points.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).ToList();
        var national = Series("national", language == Language.En ? "National" : "ארצי", window, points);
        var districts = audience.SeesDistricts
            ? named.GroupBy(p => p.Result.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Series(g.Key, g.Key, window, [.. g])).ToList()
            : [];
        var operators = named.GroupBy(p => (p.Result.OperatorId, p.Result.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
            .Select(g => Series(g.Key.OperatorId.ToString(), g.Key.OperatorName, window, [.. g])).ToList();
        var facilities = named.GroupBy(p => p.Result.FacilityId)
            .Select(g => (g.First().Result, Points: g.ToDictionary(p => p.CycleId)))
            .OrderBy(f => f.Result.FacilityName, StringComparer.Ordinal)
            .Select(f => new FacilityStandardTypesDto(f.Result.FacilityId, f.Result.FacilityName, f.Result.District, f.Result.OperatorName,
                [.. window.Select(c => f.Points.TryGetValue(c.Id, out var p) ? Dto(p) : null)]))
            .ToList();
        return new StandardTypeTrendsDto(serviceType, window, national, districts, operators, facilities);
    }

    private FacilityStandardTypePointDto Dto(Point point) =>
        new(point.CycleId, point.Result.InspectionId, $"/api/inspections/{point.Result.InspectionId}", point.Result.OverallScore,
            [.. point.Figures.Select(f => StandardTypeScoreDto.Of(f, language))]);

    // Means and medians over the Engine's exact figures, rounded once at the end.
    private StandardTypeSeriesDto Series(string key, string name, IReadOnlyList<TrendCycleDto> window, List<Point> points) =>
        new(key, name, [.. window.Select(cycle =>
        {
            var inCycle = points.Where(p => p.CycleId == cycle.Id).ToList();
            var types = inCycle.SelectMany(p => p.Figures)
                .GroupBy(f => f.Type)
                .OrderBy(g => g.Key is { } type ? (int)type : int.MaxValue)
                .Select(g =>
                {
                    var scores = Spread.Of(g.Select(f => f.Score).OfType<decimal>());
                    return new StandardTypeSummaryDto(StandardTypeTitles.Code(g.Key), StandardTypeTitles.Of(g.Key).In(language), scores?.Count ?? 0,
                        scores?.Mean, scores?.Median, Spread.Round(g.Average(f => f.Share)), Spread.Round(g.Average(f => f.Contribution)));
                })
                .ToList();
            return new StandardTypeCyclePointDto(cycle.Id, inCycle.Count, types,
                [.. inCycle.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).Select(p => p.Result.InspectionId)]);
        })]);

    private sealed record Point(OfficialResult Result, IReadOnlyList<StandardTypeScore> Figures)
    {
        public Guid CycleId => Result.CycleId!.Value;
    }
}
