namespace Inspection.Standards.Model;

/// <summary>Where a consequence escalates an inspection's result to.</summary>
public enum Escalation
{
    /// <summary>The district's head of supervision.</summary>
    District,

    /// <summary>Headquarters (the national supervision unit).</summary>
    Headquarters,
}
