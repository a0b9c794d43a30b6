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
        var before = previous.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var earlier = beforePrevious?.Deficiencies.Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal) ?? [];
        var movements = new List<DeficiencyMovement>();
        foreach (var finding in current.Findings)
        {
            var old = before.GetValueOrDefault(finding.StandardCode);
            var wasDeficient = old?.Deficiency is not null;
            if (finding.Deficiency is not null)
            {
                var change = wasDeficient ? DeficiencyChange.Persisting
                    : earlier.Contains(finding.StandardCode) ? DeficiencyChange.Repeated
                    : DeficiencyChange.New;
                movements.Add(new DeficiencyMovement(finding.StandardCode, change, old, finding));
            }
            else if (wasDeficient)
            {
                var change = finding.Status is FindingStatus.Met or FindingStatus.NotApplicable ? DeficiencyChange.Resolved : DeficiencyChange.Unverified;
                movements.Add(new DeficiencyMovement(finding.StandardCode, change, old, finding));
            }
        }

        var currentCodes = current.Findings.Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal);
        movements.AddRange(previous.Deficiencies
            .Where(f => !currentCodes.Contains(f.StandardCode))
            .Select(f => new DeficiencyMovement(f.StandardCode, DeficiencyChange.Unverified, f, null)));
        return movements;
    }
}
