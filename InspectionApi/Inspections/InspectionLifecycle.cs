using Inspection.Api.Access;

namespace Inspection.Api.Inspections;

/// <summary>
/// The inspection lifecycle as a state machine: which action moves an inspection from which status
/// to which, and who may take it. An illegal move is refused with the reason and the moves that are
/// possible from where the inspection stands.
/// </summary>
public static class InspectionLifecycle
{
    private static readonly Role[] Inspectors = [Role.Supervisor, Role.Administrator];
    private static readonly Role[] Providers = [Role.Provider, Role.Administrator];

    private static readonly (InspectionStatus From, LifecycleAction Action, InspectionStatus To, Role[] Who)[] Moves =
    [
        (InspectionStatus.Planned, LifecycleAction.Start, InspectionStatus.InProgress, Inspectors),
        (InspectionStatus.InProgress, LifecycleAction.Submit, InspectionStatus.Submitted, Inspectors),
        (InspectionStatus.Submitted, LifecycleAction.Reopen, InspectionStatus.InProgress, Inspectors),
        (InspectionStatus.Submitted, LifecycleAction.Evaluate, InspectionStatus.Evaluated, Inspectors),
        (InspectionStatus.Evaluated, LifecycleAction.IssueReport, InspectionStatus.ReportIssued, Inspectors),
        (InspectionStatus.ReportIssued, LifecycleAction.SubmitCorrectionPlan, InspectionStatus.CorrectionPlanSubmitted, Providers),
        (InspectionStatus.CorrectionPlanSubmitted, LifecycleAction.ApproveCorrectionPlan, InspectionStatus.CorrectionPlanApproved, Inspectors),
        (InspectionStatus.CorrectionPlanSubmitted, LifecycleAction.ReturnCorrectionPlan, InspectionStatus.ReportIssued, Inspectors),
        (InspectionStatus.CorrectionPlanApproved, LifecycleAction.ScheduleFollowUp, InspectionStatus.FollowUpScheduled, Inspectors),
        (InspectionStatus.ReportIssued, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
        (InspectionStatus.CorrectionPlanApproved, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
        (InspectionStatus.FollowUpScheduled, LifecycleAction.Close, InspectionStatus.Closed, Inspectors),
    ];

    /// <summary>A self-assessment is the provider's own: the provider runs it, and it ends at evaluation.</summary>
    private static readonly (InspectionStatus From, LifecycleAction Action, InspectionStatus To)[] SelfAssessmentMoves =
    [
        (InspectionStatus.Planned, LifecycleAction.Start, InspectionStatus.InProgress),
        (InspectionStatus.InProgress, LifecycleAction.Submit, InspectionStatus.Submitted),
        (InspectionStatus.Submitted, LifecycleAction.Reopen, InspectionStatus.InProgress),
        (InspectionStatus.Submitted, LifecycleAction.Evaluate, InspectionStatus.Evaluated),
        (InspectionStatus.Evaluated, LifecycleAction.Close, InspectionStatus.Closed),
    ];

    /// <summary>The status <paramref name="action"/> leads to, or the reason it is not possible now.</summary>
    public static (InspectionStatus? To, string? Refusal) Next(InspectionKind kind, InspectionStatus from, LifecycleAction action)
    {
        var to = kind == InspectionKind.SelfAssessment
            ? SelfAssessmentMoves.Where(m => m.From == from && m.Action == action).Select(m => (InspectionStatus?)m.To).FirstOrDefault()
            : Moves.Where(m => m.From == from && m.Action == action).Select(m => (InspectionStatus?)m.To).FirstOrDefault();
        if (to is not null)
        {
            return (to, null);
        }

        var possible = Possible(kind, from).ToList();
        return (null, $"cannot {Words(action)} an inspection that is {Words(from)}; " +
            (possible.Count == 0 ? "no further moves are possible" : $"possible now: {string.Join(", ", possible.Select(Words))}"));
    }

    /// <summary>Whether <paramref name="role"/> may take <paramref name="action"/> on an inspection of <paramref name="kind"/>.</summary>
    public static bool MayAct(Role role, InspectionKind kind, LifecycleAction action) =>
        kind == InspectionKind.SelfAssessment
            ? role is Role.Provider or Role.Administrator
            : Moves.Any(m => m.Action == action && m.Who.Contains(role));

    /// <summary>The actions possible from a status.</summary>
    public static IEnumerable<LifecycleAction> Possible(InspectionKind kind, InspectionStatus from) =>
        kind == InspectionKind.SelfAssessment
            ? SelfAssessmentMoves.Where(m => m.From == from).Select(m => m.Action)
            : Moves.Where(m => m.From == from).Select(m => m.Action);

    private static string Words<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $" {char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}
