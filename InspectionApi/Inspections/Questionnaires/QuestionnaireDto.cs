namespace Inspection.Api.Inspections.Questionnaires;

/// <summary>The questionnaire of an inspection; <see cref="Domains"/> in the rule set's order, for grouping questions by domain.</summary>
public sealed record QuestionnaireDto(
    Guid InspectionId, string RuleSet, string ContentHash, IReadOnlyList<TracerDto> Tracers, IReadOnlyList<InstrumentDto> Instruments,
    IReadOnlyList<string>? RecheckedStandards, IReadOnlyList<DomainDto> Domains);
