using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Questionnaires;

public sealed record TracerDto(string Code, TextDto Title, string IdentifiedBy);
