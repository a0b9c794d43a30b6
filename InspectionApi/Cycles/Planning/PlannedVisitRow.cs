using Inspection.Api.Inspections;
using Inspection.Standards.Model;

namespace Inspection.Api.Cycles.Planning;

/// <summary>What the planner reads of one inspection (a projection: the planner reads thousands).</summary>
public sealed record PlannedVisitRow(
    Guid Id, Guid FacilityId, InspectionKind Kind, InspectionStatus Status, DateOnly PlannedDate, DateOnly? VisitDate, string? Rating, decimal? OverallScore,
    DateTime? EvaluatedAt, int? FollowUpWithinDays, Escalation? EscalateTo, Guid? FollowUpOfId, string? PlanningKey, Guid? SupervisorId)
{
    public bool IsFullVisit => Kind is InspectionKind.Regular or InspectionKind.Unannounced;

    public bool IsOpen => Status is InspectionStatus.Planned or InspectionStatus.InProgress;

    /// <summary>The day of the visit: when it took place, or when it is planned.</summary>
    public DateOnly Date => VisitDate ?? PlannedDate;
}
