using System.Text.Json;

namespace Inspection.Api.Inspections;

public sealed record AnswersDto(int Version, IReadOnlyDictionary<string, JsonElement> Answers, IReadOnlyList<ResidentAnswersDto> Residents);
