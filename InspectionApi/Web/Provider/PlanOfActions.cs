namespace Inspection.Web.Provider;

/// <summary>A correction or improvement plan (<c>GET /api/inspections/{id}/correction-plan</c> or <c>improvement-plan</c>).</summary>
public sealed record PlanOfActions(Guid Id, Guid InspectionId, string Purpose, string Status, int Version, string? ReviewNote, IReadOnlyList<PlanAction> Actions);
