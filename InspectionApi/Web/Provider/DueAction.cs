namespace Inspection.Web.Provider;

/// <summary>A plan's action as the due-soon list shows it: the action, its plan and the inspection it belongs to.</summary>
public sealed record DueAction(PlanAction Action, PlanOfActions Plan, FacilityInspectionRow Inspection);
