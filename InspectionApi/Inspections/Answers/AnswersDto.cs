using System.Text.Json;

namespace Inspection.Api.Inspections.Answers;

/// <summary>The answers of an inspection as they stand, with their version, the sampled residents and the tracer census.</summary>
public sealed record AnswersDto(
    int Version, IReadOnlyDictionary<string, JsonElement> Answers, IReadOnlyList<ResidentAnswersDto> Residents, IReadOnlyDictionary<string, int> Census);
