namespace Inspection.Reports.Models;

/// <summary>Where a correction action stands.</summary>
public enum CorrectionActionStatus
{
    Planned,
    InProgress,
    Done,
    Verified,
}
