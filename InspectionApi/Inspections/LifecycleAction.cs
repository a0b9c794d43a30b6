namespace Inspection.Api.Inspections;

/// <summary>A move in an inspection's lifecycle.</summary>
public enum LifecycleAction
{
    Start,
    Submit,
    Reopen,
    Evaluate,
    IssueReport,
    SubmitCorrectionPlan,
    ApproveCorrectionPlan,
    ReturnCorrectionPlan,
    ScheduleFollowUp,
    Close,
}
