namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// What applying an action to an inspection came to: the status it now has and the moves possible
/// from there, or the refusal with its reason (and the status and moves that still hold).
/// </summary>
public sealed record LifecycleOutcome(InspectionStatus Status, IReadOnlyList<LifecycleAction> Possible, Refusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}
