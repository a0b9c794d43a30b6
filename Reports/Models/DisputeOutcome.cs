namespace Inspection.Reports.Models;

/// <summary>How a dispute of a finding was decided.</summary>
public enum DisputeOutcome
{
    Pending,
    Upheld,
    Rejected,
}
