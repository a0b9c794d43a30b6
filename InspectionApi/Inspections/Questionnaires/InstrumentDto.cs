using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

public sealed record InstrumentDto(string Code, TextDto Title, IReadOnlyList<QuestionDto> Questions);
