namespace Inspection.Engine.Findings;

/// <summary>What a resident-level rule found for one applicable resident.</summary>
public enum ResidentResult
{
    /// <summary>The rule holds for this resident.</summary>
    Satisfied,

    /// <summary>The rule does not hold for this resident.</summary>
    Failed,

    /// <summary>The result is unknown (a needed answer is missing); not counted in n.</summary>
    Excluded,
}
