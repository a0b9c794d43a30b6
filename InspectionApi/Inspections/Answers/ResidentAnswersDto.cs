using System.Text.Json;

namespace Inspection.Api.Inspections.Answers;

public sealed record ResidentAnswersDto(string Code, IReadOnlyList<string> Tracers, IReadOnlyDictionary<string, JsonElement> Answers);
