namespace Inspection.Web.Inspections;

/// <summary>An inspection as the API gives it (GET /api/inspections and /api/inspections/{id}), the fields these pages read.</summary>
public sealed record InspectionSummary(
    Guid Id, Guid FacilityId, string FacilityName, string OperatorName, string District, string RuleSet, string Kind, string Status,
    DateOnly? PlannedDate, DateOnly? VisitDate, Guid? SupervisorId, decimal? OverallScore, string? Rating, string? CancellationReason,
    InspectionResult? Result, IReadOnlyList<string> PossibleActions, EvaluationState Evaluation)
{
    /// <summary>The day that places it in a list or a calendar: the visit's day once it took place, otherwise the planned one.</summary>
    public DateOnly? Day => VisitDate ?? PlannedDate;

    /// <summary>Still to be visited (planned, or started and not yet submitted).</summary>
    public bool IsAhead => Status is "Planned" or "InProgress";

    public bool IsSelfAssessment => Kind == "SelfAssessment";
}
