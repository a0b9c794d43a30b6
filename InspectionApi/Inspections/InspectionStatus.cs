namespace Inspection.Api.Inspections;

/// <summary>Where an inspection stands in its lifecycle.</summary>
public enum InspectionStatus
{
    /// <summary>Scheduled; no answers yet.</summary>
    Planned,

    /// <summary>Answers are being collected (saved partially, many times).</summary>
    InProgress,

    /// <summary>Answers are complete (or accepted as incomplete) and frozen.</summary>
    Submitted,

    /// <summary>The Engine has evaluated the answers; findings are stored.</summary>
    Evaluated,

    /// <summary>The report of deficiencies has been issued to the provider.</summary>
    ReportIssued,

    /// <summary>The provider has submitted a correction plan for review.</summary>
    CorrectionPlanSubmitted,

    /// <summary>The supervisor has approved the correction plan.</summary>
    CorrectionPlanApproved,

    /// <summary>A follow-up inspection has been planned to verify the corrections.</summary>
    FollowUpScheduled,

    /// <summary>Done.</summary>
    Closed,

    /// <summary>Called off before it started, with the reason recorded; nothing is deleted.</summary>
    Cancelled,
}
