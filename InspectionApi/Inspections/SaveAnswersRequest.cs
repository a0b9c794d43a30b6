using System.Text.Json;

namespace Inspection.Api.Inspections;

/// <summary>
/// A partial save of answers. Only what is named changes: an answer set to <c>null</c> is cleared,
/// an answer left out stays as it was. <see cref="Version"/> must be the answers' current version.
/// </summary>
public sealed record SaveAnswersRequest(
    int? Version, Dictionary<string, JsonElement>? Answers, List<ResidentAnswersRequest>? Residents, List<string>? RemoveResidents);
