namespace Inspection.Engine.Strengths;

/// <summary>What makes a result a strength: the three successes the threshold method asks a facility to learn from.</summary>
public enum StrengthKind
{
    /// <summary>A standard met now that the previous inspection found not met.</summary>
    DeficiencyResolved,

    /// <summary>A resident-level standard met with a rate far above its bar (by at least <see cref="StrengthMargins.RateAboveBar"/>).</summary>
    RateAboveBar,

    /// <summary>A domain whose score rose since the previous inspection by more than <see cref="StrengthMargins.DomainImprovement"/>.</summary>
    DomainImproved,
}
