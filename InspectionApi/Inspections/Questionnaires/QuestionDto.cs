using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

/// <summary>One question as a questionnaire screen shows it.</summary>
/// <param name="Domains">Codes of the domains whose standards read the answer (empty: no standard reads it).</param>
/// <param name="LegalReferences">The legal references of the standards that read the answer, each once.</param>
public sealed record QuestionDto(
    string Code, string Type, string Unit, string Source, bool Required, TextDto Text, TextDto? Help, string? ShowIf,
    decimal? Min, decimal? Max, IReadOnlyList<OptionDto> Options, IReadOnlyList<string> Domains, IReadOnlyList<TextDto> LegalReferences);
