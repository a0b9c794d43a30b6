using Inspection.Api.Hosting;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>Adds up what-if outcomes per standard, district, operator and nationally.</summary>
public static class WhatIfSummary
{
    private static readonly string NotMet = nameof(FindingStatus.NotMet);

    public static WhatIfResultDto Build(Guid cycleId, RuleSet draft, IReadOnlyList<string> baseline, IReadOnlyList<WhatIfOutcome> outcomes, IReadOnlySet<string> baselineStandards, Language language)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(baselineStandards);
        var evaluated = outcomes.Where(o => o.Error is null).ToList();
        var bands = draft.Policy.RatingBands.Select(b => b.Code).ToList();
        var standards = evaluated.SelectMany(o => o.Changes.Select(c => (Outcome: o, Change: c)))
            .GroupBy(x => x.Change.Code, StringComparer.Ordinal)
            .Select(g => new StandardFlipsDto(g.Key, new RuleSetsOfType([draft]).StandardTitle(g.Key, language), !baselineStandards.Contains(g.Key),
                g.Count(x => IsToNotMet(x.Change)), g.Count(x => IsToMet(x.Change)),
                g.Count(x => x.Change.Before != x.Change.After && !IsToNotMet(x.Change) && !IsToMet(x.Change)),
                g.Count(x => x.Change.Before == x.Change.After && x.Change.GradeBefore != x.Change.GradeAfter),
                [.. g.Select(x => x.Outcome.Result.InspectionId)]))
            .OrderByDescending(s => s.ToNotMet + s.ToMet).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        var facilities = evaluated.OrderBy(o => o.Result.FacilityName, StringComparer.Ordinal)
            .Select(o => new WhatIfFacilityDto(o.Result.FacilityId, o.Result.FacilityName, o.Result.District, o.Result.OperatorName, o.Result.InspectionId,
                o.Result.OverallScore, o.ScoreAfter, o.Result.Rating, o.RatingAfter, o.DeficienciesBefore, o.DeficienciesAfter, o.Changes))
            .ToList();
        return new WhatIfResultDto(cycleId, draft.Moniker, baseline, outcomes.Count, evaluated.Count,
            Group("national", language == Language.En ? "National" : "ארצי", evaluated, bands),
            [.. evaluated.GroupBy(o => o.Result.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g.Key, [.. g], bands))],
            [.. evaluated.GroupBy(o => (o.Result.OperatorId, o.Result.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
                .Select(g => Group(g.Key.OperatorId.ToString(), g.Key.OperatorName, [.. g], bands))],
            standards, facilities,
            [.. outcomes.Where(o => o.Error is not null).Select(o => new WhatIfFailureDto(o.Result.InspectionId, o.Result.FacilityName, o.Error!))]);
    }

    private static bool IsToNotMet(StandardChangeDto change) => change.After == NotMet && change.Before != NotMet;

    private static bool IsToMet(StandardChangeDto change) => change.Before == NotMet && change.After is nameof(FindingStatus.Met) or nameof(FindingStatus.NotApplicable);

    private static WhatIfGroupDto Group(string key, string name, List<WhatIfOutcome> outcomes, List<string> bands)
    {
        // Bands are listed best first: a smaller index is a better rating.
        int? Rank(string? band) => band is not null && bands.IndexOf(band) is >= 0 and var index ? index : null;
        var moves = outcomes.Select(o => (Before: Rank(o.Result.Rating), After: Rank(o.RatingAfter))).Where(m => m.Before is not null && m.After is not null).ToList();
        return new WhatIfGroupDto(key, name, outcomes.Count,
            Spread.Of(outcomes.Select(o => o.Result.OverallScore).OfType<decimal>())?.Mean,
            Spread.Of(outcomes.Select(o => o.ScoreAfter).OfType<decimal>())?.Mean,
            moves.Count(m => m.After < m.Before), moves.Count(m => m.After > m.Before), moves.Count(m => m.After == m.Before),
            outcomes.Count(o => o.Result.Rating is null), outcomes.Count(o => o.RatingAfter is null),
            outcomes.Count(o => o.Changes.Any(c => c.Before != c.After)),
            outcomes.Sum(o => o.Changes.Count(IsToNotMet)), outcomes.Sum(o => o.Changes.Count(IsToMet)),
            outcomes.Sum(o => o.Changes.Count(c => c.Before == c.After && c.GradeBefore != c.GradeAfter)),
            [.. outcomes.Select(o => o.Result.InspectionId)]);
    }
}
