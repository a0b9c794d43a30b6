using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections;

public sealed record TracerDto(string Code, TextDto Title, string IdentifiedBy);
