namespace Inspection.Engine.Comparison;

/// <summary>How a deficiency moved between two inspections of the same facility.</summary>
public enum DeficiencyChange
{
    /// <summary>A deficiency now that was not one in the previous inspection.</summary>
    New,

    /// <summary>A deficiency in the previous inspection that is now met or not applicable.</summary>
    Resolved,

    /// <summary>A deficiency in both the previous inspection and now.</summary>
    Persisting,

    /// <summary>
    /// A new deficiency that was also a deficiency in the inspection before the previous one: it was
    /// corrected and has come back.
    /// </summary>
    Repeated,

    /// <summary>A deficiency in the previous inspection whose standard could not be judged now (Incomplete, Error, or absent).</summary>
    Unverified,
}
