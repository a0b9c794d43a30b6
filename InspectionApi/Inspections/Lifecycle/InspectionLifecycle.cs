using Inspection.Api.Access;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// The inspection lifecycle as a table: which action moves an inspection of which kind from which
/// status to which, and who may take it. Only <see cref="FacilityInspection"/> applies it; anything
/// that must hold besides the table (a plan covering every deficiency, answers complete) is checked
/// there.
/// </summary>
internal static class InspectionLifecycle
{
    private static readonly Role[] Inspectors = [Role.Supervisor, Role.Administrator];
    private static readonly Role[] Providers = [Role.Provider, Role.Administrator];

    private static readonly Move[] External =
    [
        new(InspectionStatus.Planned, LifecycleAction.Start, InspectionStatus.InProgress, Inspectors),
        new(InspectionStatus.Planned, LifecycleAction.Cancel, InspectionStatus.Cancelled, Inspectors),
        new(InspectionStatus.InProgress, LifecycleAction.Submit, InspectionStatus.Submitted, Inspectors),
        new(InspectionStatus.Submitted, LifecycleAction.Reopen, InspectionStatus.InProgress, Inspectors),
        new(InspectionStatus.Submitted, LifecycleAction.Evaluate, InspectionStatus.Evaluated, Inspectors),
        new(InspectionStatus.Evaluated, LifecycleAction.IssueReport, InspectionStatus.ReportIssued, Inspectors),
        new(InspectionStatus.ReportIssued, LifecycleAction.SubmitCorrectionPlan, InspectionStatus.CorrectionPlanSubmitted, Providers),
        new(InspectionStatus.CorrectionPlanSubmitted, LifecycleAction.ApproveCorrectionPlan, InspectionStatus.CorrectionPlanApproved, Inspectors),
        new(InspectionStatus.CorrectionPlanSubmitted, LifecycleAction.ReturnCorrectionPlan, InspectionStatus.ReportIssued, Inspectors),
        new(InspectionStatus.CorrectionPlanApproved, LifecycleAction.ScheduleFollowUp, InspectionStatus.FollowUpScheduled, Inspectors),
        new(InspectionStatus.ReportIssued, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
        new(InspectionStatus.CorrectionPlanApproved, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
        new(InspectionStatus.FollowUpScheduled, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
    ];

    /// <summary>A self-assessment is the provider's own: the provider runs it, and it ends with the provider's improvement plan.</summary>
    private static readonly Move[] SelfAssessment =
    [
        new(InspectionStatus.Planned, LifecycleAction.Start, InspectionStatus.InProgress, Providers),
        new(InspectionStatus.Planned, LifecycleAction.Cancel, InspectionStatus.Cancelled, Providers),
        new(InspectionStatus.InProgress, LifecycleAction.Submit, InspectionStatus.Submitted, Providers),
        new(InspectionStatus.Submitted, LifecycleAction.Reopen, InspectionStatus.InProgress, Providers),
        new(InspectionStatus.Submitted, LifecycleAction.Evaluate, InspectionStatus.Evaluated, Providers),
        new(InspectionStatus.Evaluated, LifecycleAction.Close, InspectionStatus.Closed, Providers),
    ];

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="from"/>, or null when the table has no such move.</summary>
    public static InspectionStatus? Next(InspectionKind kind, InspectionStatus from, LifecycleAction action) =>
        MovesOf(kind).FirstOrDefault(m => m.From == from && m.Action == action)?.To;

    /// <summary>Whether inspections of <paramref name="kind"/> have the step <paramref name="action"/> at all.</summary>
    public static bool Has(InspectionKind kind, LifecycleAction action) => MovesOf(kind).Any(m => m.Action == action);

    /// <summary>Whether <paramref name="role"/> may ever take <paramref name="action"/> on an inspection of <paramref name="kind"/>.</summary>
    public static bool MayAct(Role role, InspectionKind kind, LifecycleAction action) =>
        MovesOf(kind).Any(m => m.Action == action && m.Who.Contains(role));

    /// <summary>The actions the table allows from <paramref name="from"/>, in the table's order.</summary>
    public static IEnumerable<LifecycleAction> From(InspectionKind kind, InspectionStatus from) =>
        MovesOf(kind).Where(m => m.From == from).Select(m => m.Action);

    /// <summary>An action or status in words ("issue report", "in progress").</summary>
    public static string Words<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $" {char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    private static Move[] MovesOf(InspectionKind kind) => kind == InspectionKind.SelfAssessment ? SelfAssessment : External;

    private sealed record Move(InspectionStatus From, LifecycleAction Action, InspectionStatus To, Role[] Who);
}
