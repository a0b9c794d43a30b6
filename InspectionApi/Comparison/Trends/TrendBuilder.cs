using Inspection.Api.Hosting;
using Inspection.Engine.Findings;

namespace Inspection.Api.Comparison.Trends;

/// <summary>
/// Makes the trends from stored results: each facility's latest result per cycle, compared with its
/// previous one (new, repeated, persisting, resolved and unverified deficiencies, as the Engine's
/// <c>DeficiencyComparison</c> defines them, on the stored findings), then summed per district, operator
/// and nationally. Results in earlier cycles than the window are read only as "previous".
/// </summary>
public sealed class TrendBuilder(Audience audience, Language language)
{
    /// <param name="window">The cycles to show, oldest first.</param>
    /// <param name="results">Official results of the window's cycles and of up to two cycles before it.</param>
    /// <param name="findings">The findings of those results that are not met, not judged, or withdrawn (met and not-applicable ones are not needed).</param>
    /// <param name="standardsOf">The standard codes of each rule-set version.</param>
    public TrendsDto Build(
        string serviceType, IReadOnlyList<TrendCycleDto> window, IReadOnlyList<OfficialResult> results, IReadOnlyList<StoredFinding> findings,
        IReadOnlyDictionary<Guid, IReadOnlySet<string>> standardsOf, IReadOnlyList<Guid> cycleOrder)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(cycleOrder);
        var findingsOf = findings.ToLookup(f => f.InspectionId);
        var position = cycleOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var points = new Dictionary<(Guid Facility, Guid Cycle), (OfficialResult Result, FacilityTrendPointDto Point)>();
        foreach (var facility in results.Where(r => r.CycleId is not null).GroupBy(r => r.FacilityId))
        {
            var history = facility.GroupBy(r => r.CycleId!.Value)
                .Select(g => g.OrderByDescending(r => r.VisitDate).ThenByDescending(r => r.InspectionId).First())
                .OrderBy(r => position[r.CycleId!.Value])
                .ToList();
            for (var k = 0; k < history.Count; k++)
            {
                var current = history[k];
                var deficient = Deficient(findingsOf[current.InspectionId]);
                DeficiencyMovementsDto? movements = null;
                Dictionary<string, IReadOnlyList<string>>? standards = null;
                if (k > 0)
                {
                    (movements, standards) = Compare(findingsOf[current.InspectionId], standardsOf[current.RuleSetVersionId],
                        Deficient(findingsOf[history[k - 1].InspectionId]), k > 1 ? Deficient(findingsOf[history[k - 2].InspectionId]) : []);
                }

                points[(facility.Key, current.CycleId!.Value)] = (current, new FacilityTrendPointDto(current.CycleId.Value, current.InspectionId,
                    $"/api/inspections/{current.InspectionId}", current.OverallScore, current.Rating, deficient.Count,
                    k > 0 ? history[k - 1].InspectionId : null, movements, standards));
            }
        }

        var shown = points.Values.Where(p => window.Any(c => c.Id == p.Point.CycleId)).ToList();
        var named = shown.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).ToList();
        var national = Series("national", language == Language.En ? "National" : "ארצי", window, shown);
        var districts = audience.SeesDistricts
            ? named.GroupBy(p => p.Result.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Series(g.Key, g.Key, window, [.. g])).ToList()
            : [];
        var operators = named.GroupBy(p => (p.Result.OperatorId, p.Result.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
            .Select(g => Series(g.Key.OperatorId.ToString(), g.Key.OperatorName, window, [.. g])).ToList();
        var facilities = named.GroupBy(p => p.Result.FacilityId)
            .Select(g => g.First().Result)
            .OrderBy(r => r.FacilityName, StringComparer.Ordinal)
            .Select(r => new FacilityTrendDto(r.FacilityId, r.FacilityName, r.District, r.OperatorName,
                [.. window.Select(c => points.TryGetValue((r.FacilityId, c.Id), out var p) ? p.Point : null)]))
            .ToList();
        return new TrendsDto(serviceType, window, national, districts, operators, facilities);
    }

    /// <summary>
    /// How deficiencies moved from <paramref name="previous"/> to the current findings; a deficiency of
    /// <paramref name="beforePrevious"/> that comes back is repeated rather than new.
    /// </summary>
    public static (DeficiencyMovementsDto Movements, Dictionary<string, IReadOnlyList<string>> Standards) Compare(
        IEnumerable<StoredFinding> current, IReadOnlySet<string> currentStandards, IReadOnlySet<string> previous, IReadOnlySet<string> beforePrevious)
    {
        ArgumentNullException.ThrowIfNull(currentStandards);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(beforePrevious);
        var findings = current.ToList();
        var deficient = Deficient(findings);
        var unjudged = findings.Where(f => f.Withdrawn || f.Status is FindingStatus.Incomplete or FindingStatus.Error).Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal);
        var moved = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["new"] = [], ["repeated"] = [], ["persisting"] = [], ["resolved"] = [], ["unverified"] = [],
        };
        foreach (var code in deficient.Order(StringComparer.Ordinal))
        {
            moved[previous.Contains(code) ? "persisting" : beforePrevious.Contains(code) ? "repeated" : "new"].Add(code);
        }

        foreach (var code in previous.Where(c => !deficient.Contains(c)).Order(StringComparer.Ordinal))
        {
            moved[currentStandards.Contains(code) && !unjudged.Contains(code) ? "resolved" : "unverified"].Add(code);
        }

        return (new DeficiencyMovementsDto(moved["new"].Count, moved["repeated"].Count, moved["persisting"].Count, moved["resolved"].Count, moved["unverified"].Count),
            moved.ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value, StringComparer.Ordinal));
    }

    private static HashSet<string> Deficient(IEnumerable<StoredFinding> findings) =>
        findings.Where(f => f.IsDeficiency).Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal);

    private TrendSeriesDto Series(string key, string name, IReadOnlyList<TrendCycleDto> window, List<(OfficialResult Result, FacilityTrendPointDto Point)> points) =>
        new(key, name, [.. window.Select(cycle =>
        {
            var inCycle = points.Where(p => p.Point.CycleId == cycle.Id).ToList();
            var spread = Spread.Of(inCycle.Select(p => p.Point.OverallScore).OfType<decimal>());
            return new TrendPointDto(cycle.Id, inCycle.Count, spread?.Mean, spread?.Median, inCycle.Sum(p => p.Point.Deficiencies),
                inCycle.Select(p => p.Point.Movements).OfType<DeficiencyMovementsDto>().Aggregate(DeficiencyMovementsDto.None, (a, b) => a.Add(b)),
                [.. inCycle.Where(p => audience.Names(p.Result.District, p.Result.OperatorId)).Select(p => p.Point.InspectionId)]);
        })]);
}
