using Inspection.Engine.Findings;

namespace Inspection.Engine.Comparison;

/// <summary>
/// Compares two evaluations of the same facility: new, resolved, persisting, repeated and
/// unverified deficiencies, matched by standard code (so versions of a rule set compare too).
/// </summary>
public static class DeficiencyComparison
{
    /// <summary>
    /// Compares <paramref name="current"/> with <paramref name="previous"/>; <paramref name="beforePrevious"/>,
    /// when known, is the inspection before the previous one and identifies repeated deficiencies.
    /// Movements come in the current version's standard order, then standards only in the previous one.
    /// </summary>
    public static IReadOnlyList<DeficiencyMovement> Compare(InspectionResult current, InspectionResult previous, InspectionResult? beforePrevious = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var now = current.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var before = previous.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        return [.. Compare(Outcomes(current), Outcomes(previous), beforePrevious?.Deficiencies.Select(f => f.StandardCode))
            .Select(m => new DeficiencyMovement(m.StandardCode, m.Change, before.GetValueOrDefault(m.StandardCode), now.GetValueOrDefault(m.StandardCode)))];
    }

    /// <summary>
    /// Compares two inspections by their standards' outcomes (stored findings, for instance), in the
    /// order of <paramref name="current"/>, then standards only in <paramref name="previous"/>;
    /// <paramref name="deficientBeforePrevious"/>, when known, names the deficiencies of the inspection
    /// before the previous one and identifies repeated deficiencies.
    /// </summary>
    public static IReadOnlyList<StandardMovement> Compare(
        IEnumerable<StandardOutcome> current, IEnumerable<StandardOutcome> previous, IEnumerable<string>? deficientBeforePrevious = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        List<StandardOutcome> previousOutcomes = [.. previous];
        var before = previousOutcomes.ToDictionary(o => o.StandardCode, StringComparer.Ordinal);
        var earlier = deficientBeforePrevious?.ToHashSet(StringComparer.Ordinal) ?? [];
        var movements = new List<StandardMovement>();
        var currentCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in current)
        {
            currentCodes.Add(outcome.StandardCode);
            var old = before.GetValueOrDefault(outcome.StandardCode);
            var wasDeficient = old?.Deficient == true;
            if (outcome.Deficient)
            {
                var change = wasDeficient ? DeficiencyChange.Persisting
                    : earlier.Contains(outcome.StandardCode) ? DeficiencyChange.Repeated
                    : DeficiencyChange.New;
                movements.Add(new StandardMovement(outcome.StandardCode, change, old?.Status, outcome.Status));
            }
            else if (wasDeficient)
            {
                var change = outcome.Status is FindingStatus.Met or FindingStatus.NotApplicable ? DeficiencyChange.Resolved : DeficiencyChange.Unverified;
                movements.Add(new StandardMovement(outcome.StandardCode, change, old!.Status, outcome.Status));
            }
        }

        movements.AddRange(previousOutcomes
            .Where(o => o.Deficient && !currentCodes.Contains(o.StandardCode))
            .Select(o => new StandardMovement(o.StandardCode, DeficiencyChange.Unverified, o.Status, null)));
        return movements;
    }

    private static IEnumerable<StandardOutcome> Outcomes(InspectionResult result) =>
        result.Findings.Select(f => new StandardOutcome(f.StandardCode, f.Status));
}
