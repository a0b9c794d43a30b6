namespace Inspection.Api.Inspections.Findings;

/// <summary>How a supervisor decided a dispute.</summary>
public enum DisputeDecision
{
    /// <summary>The finding stands.</summary>
    Upheld,

    /// <summary>The finding is withdrawn.</summary>
    Withdrawn,
}
