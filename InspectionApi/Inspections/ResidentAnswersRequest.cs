using System.Text.Json;

namespace Inspection.Api.Inspections;

public sealed record ResidentAnswersRequest(string? Code, List<string>? Tracers, Dictionary<string, JsonElement>? Answers);
