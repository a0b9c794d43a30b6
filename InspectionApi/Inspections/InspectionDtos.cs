using System.Text.Json;
using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections;

public sealed record InspectionDto(
    Guid Id, Guid FacilityId, string FacilityName, Guid RuleSetVersionId, string RuleSet, string Kind, string Status,
    DateOnly? PlannedDate, DateOnly? VisitDate, Guid? SupervisorId, Guid? CycleId, Guid? FollowUpOfId, int AnswersVersion,
    decimal? OverallScore, string? Rating, IReadOnlyList<string> PossibleActions);

public sealed record PlanInspectionRequest(Guid? FacilityId, string? Kind, DateOnly? PlannedDate, Guid? SupervisorId, Guid? CycleId, Guid? RuleSetVersionId);

public sealed record ScheduleFollowUpRequest(DateOnly? PlannedDate, Guid? SupervisorId);

public sealed record ResidentAnswersDto(string Code, IReadOnlyList<string> Tracers, IReadOnlyDictionary<string, JsonElement> Answers);

public sealed record AnswersDto(int Version, IReadOnlyDictionary<string, JsonElement> Answers, IReadOnlyList<ResidentAnswersDto> Residents);

/// <summary>
/// A partial save of answers. Only what is named changes: an answer set to <c>null</c> is cleared,
/// an answer left out stays as it was. <see cref="Version"/> must be the answers' current version.
/// </summary>
public sealed record SaveAnswersRequest(
    int? Version, Dictionary<string, JsonElement>? Answers, List<ResidentAnswersRequest>? Residents, List<string>? RemoveResidents);

public sealed record ResidentAnswersRequest(string? Code, List<string>? Tracers, Dictionary<string, JsonElement>? Answers);

public sealed record QuestionnaireDto(
    Guid InspectionId, string RuleSet, string ContentHash, IReadOnlyList<TracerDto> Tracers, IReadOnlyList<InstrumentDto> Instruments,
    IReadOnlyList<string>? RecheckedStandards);

public sealed record TracerDto(string Code, TextDto Title, string IdentifiedBy);

public sealed record InstrumentDto(string Code, TextDto Title, IReadOnlyList<QuestionDto> Questions);

public sealed record QuestionDto(
    string Code, string Type, string Unit, string Source, bool Required, TextDto Text, TextDto? Help, string? ShowIf,
    decimal? Min, decimal? Max, IReadOnlyList<OptionDto> Options);

public sealed record OptionDto(string Value, TextDto Label);

public sealed record FindingDto(
    Guid Id, string StandardCode, string Domain, string Level, string Status, string Severity, string? Scope, string? Grade,
    bool ImmediateJeopardy, decimal? Rate, bool Withdrawn, JsonElement Evidence);

public sealed record IncompleteStandardDto(string StandardCode, IReadOnlyList<string> MissingAnswers);

public sealed record DisputeRequest(string? Reason);

public sealed record DisputeDecisionRequest(string? Decision, string? Note);

public sealed record DisputeDto(
    Guid Id, Guid FindingId, Guid InspectionId, string Reason, DateTime RaisedAt, string? Decision, string? DecisionNote, DateTime? DecidedAt);

public sealed record AttachmentDto(Guid Id, string QuestionCode, string? ResidentCode, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt);
