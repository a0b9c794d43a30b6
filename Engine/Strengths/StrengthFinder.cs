using Inspection.Engine.Findings;

namespace Inspection.Engine.Strengths;

/// <summary>
/// Names an inspection's strengths, the successes the facility should repeat: standards met now that the
/// previous inspection found not met; resident-level standards met with a rate far above the bar; domains whose
/// score rose by more than a margin since the previous inspection. A pure function of the two outcomes.
/// </summary>
public static class StrengthFinder
{
    /// <summary>
    /// The strengths of <paramref name="current"/> against <paramref name="previous"/> (the facility's previous
    /// official inspection; null when there is none, and then only rates far above the bar are strengths).
    /// They come resolved deficiencies first, then rates, then domains, each in <paramref name="current"/>'s order.
    /// </summary>
    public static IReadOnlyList<Strength> Find(StrengthSource current, StrengthSource? previous, StrengthMargins margins)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(margins);
        if (margins.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(margins));
        }

        var strengths = new List<Strength>();
        var before = previous?.Standards.ToDictionary(s => s.StandardCode, StringComparer.Ordinal) ?? [];
        foreach (var standard in current.Standards.Where(s => s.Status == FindingStatus.Met))
        {
            if (before.GetValueOrDefault(standard.StandardCode) is { Status: FindingStatus.NotMet } deficient)
            {
                strengths.Add(new Strength(StrengthKind.DeficiencyResolved, standard.StandardCode, standard.Domain, deficient.Rate, standard.Rate, standard.Bar));
            }
        }

        foreach (var standard in current.Standards.Where(s => s.Status == FindingStatus.Met))
        {
            if (standard is { Rate: { } rate, Bar: { } bar } && rate - bar >= margins.RateAboveBar)
            {
                strengths.Add(new Strength(StrengthKind.RateAboveBar, standard.StandardCode, standard.Domain, null, rate, bar));
            }
        }

        var scoresBefore = previous?.Domains.Where(d => d.Score is not null).ToDictionary(d => d.Domain, d => d.Score!.Value, StringComparer.Ordinal) ?? [];
        foreach (var domain in current.Domains)
        {
            if (domain.Score is { } score && scoresBefore.TryGetValue(domain.Domain, out var then) && score - then > margins.DomainImprovement)
            {
                strengths.Add(new Strength(StrengthKind.DomainImproved, domain.Domain, domain.Domain, then, score, null));
            }
        }

        return strengths;
    }
}
