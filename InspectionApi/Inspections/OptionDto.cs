using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections;

public sealed record OptionDto(string Value, TextDto Label);
