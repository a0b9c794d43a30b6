namespace Inspection.Engine.Strengths;

/// <summary>How far above the bar, and by how much a domain must improve, for a success to count as a strength.</summary>
/// <param name="RateAboveBar">
/// A resident-level standard is a strength when its rate is at least this much above its bar (a share: 0.15 is
/// 15 percentage points, so a bar of 80% needs a rate of 95% or more).
/// </param>
/// <param name="DomainImprovement">
/// A domain is a strength when its score rose by more than this since the previous inspection (a share of the
/// score: 0.10 is 10 points).
/// </param>
public sealed record StrengthMargins(decimal RateAboveBar, decimal DomainImprovement)
{
    /// <summary>15 points above the bar; a domain score up by more than 10 points.</summary>
    public static StrengthMargins Default { get; } = new(0.15m, 0.10m);

    /// <summary>What is wrong with these margins (each must lie between 0 and 1); empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (RateAboveBar is < 0 or > 1)
        {
            problems.Add($"{nameof(RateAboveBar)} must lie between 0 and 1 (a share of residents); it is {RateAboveBar}");
        }

        if (DomainImprovement is < 0 or > 1)
        {
            problems.Add($"{nameof(DomainImprovement)} must lie between 0 and 1 (a share of the score); it is {DomainImprovement}");
        }

        return problems;
    }
}
