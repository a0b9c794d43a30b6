using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

public sealed record OptionDto(string Value, TextDto Label);
