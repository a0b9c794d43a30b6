using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

public sealed record QuestionDto(
    string Code, string Type, string Unit, string Source, bool Required, TextDto Text, TextDto? Help, string? ShowIf,
    decimal? Min, decimal? Max, IReadOnlyList<OptionDto> Options);
