using System.Text.Json;

namespace Inspection.Api.Inspections.Answers;

/// <summary>One sampled resident in a save: the pseudonymous code, the tracers marked (null leaves them), and answers.</summary>
public sealed record ResidentAnswersRequest(string? Code, List<string>? Tracers, Dictionary<string, JsonElement>? Answers);
