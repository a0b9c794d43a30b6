namespace Inspection.Web.Admin;

/// <summary>A cycle as <c>GET /api/cycles</c> gives it.</summary>
public sealed record InspectionCycle(Guid Id, string Name, string ServiceType, DateOnly PeriodStart, DateOnly PeriodEnd, Guid? RuleSetVersionId);
