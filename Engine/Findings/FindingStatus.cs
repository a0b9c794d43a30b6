namespace Inspection.Engine.Findings;

/// <summary>The result of evaluating one standard (DESIGN.md section 3).</summary>
public enum FindingStatus
{
    /// <summary>The rule holds (resident level: the rate reaches the bar).</summary>
    Met,

    /// <summary>The rule does not hold (resident level: the rate is below the bar).</summary>
    NotMet,

    /// <summary>The applicability condition is false, or no sampled resident is applicable.</summary>
    NotApplicable,

    /// <summary>An answer the result depends on is missing, or too few applicable residents have a known result.</summary>
    Incomplete,

    /// <summary>The rule failed at run time; the message says why.</summary>
    Error,
}
