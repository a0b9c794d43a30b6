using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Inspections.Results;

namespace Inspection.Api.Inspections;

/// <summary>
/// An inspection as its reader may see it. A provider never sees the planned date of an unannounced
/// visit. <see cref="Result"/> and <see cref="Standing"/> come with a single inspection, not in lists;
/// <see cref="Evaluation"/> says where its evaluation stands (poll it after submitting).
/// </summary>
public sealed record InspectionDto(
    Guid Id, Guid FacilityId, string FacilityName, string OperatorName, string District, Guid RuleSetVersionId, string RuleSet, string ContentHash,
    string Kind, string Status, DateOnly? PlannedDate, DateOnly? VisitDate, Guid? SupervisorId, Guid? CycleId, Guid? FollowUpOfId,
    IReadOnlyList<string> RecheckedStandards, int AnswersVersion, decimal? OverallScore, string? Rating, string? CancellationReason,
    InspectionResultDto? Result, DeficiencyStandingDto? Standing, IReadOnlyList<string> PossibleActions, EvaluationStateDto Evaluation);
