namespace Inspection.Standards.Model;

/// <summary>How far an unmet standard reaches: one resident, a pattern, or the whole facility.</summary>
public enum Scope
{
    /// <summary>One or very few residents.</summary>
    Isolated,

    /// <summary>More than isolated: a recurring pattern.</summary>
    Pattern,

    /// <summary>Pervasive across the facility.</summary>
    Widespread,
}
