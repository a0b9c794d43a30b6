namespace Inspection.Api.Inspections;

public sealed record InspectionDto(
    Guid Id, Guid FacilityId, string FacilityName, Guid RuleSetVersionId, string RuleSet, string Kind, string Status,
    DateOnly? PlannedDate, DateOnly? VisitDate, Guid? SupervisorId, Guid? CycleId, Guid? FollowUpOfId, int AnswersVersion,
    decimal? OverallScore, string? Rating, IReadOnlyList<string> PossibleActions);
