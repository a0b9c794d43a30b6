using Inspection.Engine.Strengths;

namespace Inspection.Api.Inspections.Strengths;

/// <summary>What counts as a strength (section "Strengths" of configuration); checked at start.</summary>
public sealed class StrengthOptions
{
    public const string Section = "Strengths";

    /// <summary>A resident-level standard met with a rate at least this far above its bar is a strength (a share: 0.15 is 15 points).</summary>
    public decimal RateAboveBar { get; set; } = StrengthMargins.Default.RateAboveBar;

    /// <summary>A domain whose score rose by more than this since the previous inspection is a strength (a share: 0.10 is 10 points).</summary>
    public decimal DomainImprovement { get; set; } = StrengthMargins.Default.DomainImprovement;

    public StrengthMargins Margins => new(RateAboveBar, DomainImprovement);
}
