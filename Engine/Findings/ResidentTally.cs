namespace Inspection.Engine.Findings;

/// <summary>
/// A resident-level standard's count over the sample: n residents with a known result, k of them
/// satisfying the rule, the rate k / n against the bar; and every applicable resident's outcome.
/// </summary>
public sealed record ResidentTally(
    int Applicable,
    int Known,
    int Satisfying,
    decimal? Rate,
    decimal Bar,
    int MinimumSample,
    IReadOnlyList<ResidentOutcome> Outcomes)
{
    /// <summary>Pseudonymous codes of residents whose care did not satisfy the rule.</summary>
    public IEnumerable<string> Failing => Outcomes.Where(o => o.Result == ResidentResult.Failed).Select(o => o.Resident);

    /// <summary>Pseudonymous codes of residents left out because their result was unknown.</summary>
    public IEnumerable<string> Excluded => Outcomes.Where(o => o.Result == ResidentResult.Excluded).Select(o => o.Resident);
}
