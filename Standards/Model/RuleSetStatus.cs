namespace Inspection.Standards.Model;

/// <summary>Lifecycle of a rule-set version. Published versions are immutable.</summary>
public enum RuleSetStatus
{
    /// <summary>Being written; may change; not for real inspections.</summary>
    Draft,

    /// <summary>In force; its content never changes again.</summary>
    Published,

    /// <summary>No longer used for new inspections; kept for the inspections that used it.</summary>
    Retired,
}
