namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>What can be done to an inspection; each moves it from one status to the next (see <see cref="InspectionLifecycle"/>).</summary>
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
    Cancel,
}
