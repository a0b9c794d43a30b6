namespace Inspection.Api.Inspections.Questionnaires;

public sealed record QuestionnaireDto(
    Guid InspectionId, string RuleSet, string ContentHash, IReadOnlyList<TracerDto> Tracers, IReadOnlyList<InstrumentDto> Instruments,
    IReadOnlyList<string>? RecheckedStandards);
