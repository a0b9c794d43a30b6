using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// A partial save of answers. Only what is named changes: an answer set to <c>null</c> is cleared,
/// an answer left out stays as it was. <see cref="Version"/> must be the answers' current version.
/// </summary>
/// <param name="Version">The version of the answers these changes are based on (0 before the first save).</param>
/// <param name="Answers">Institution answers by question code, typed by the question; null clears one.</param>
/// <param name="Residents">Sampled residents to add or change: pseudonymous code, tracers marked, answers.</param>
/// <param name="RemoveResidents">Codes of sampled residents to take out of the sample.</param>
/// <param name="Census">Per tracer code, how many current residents have the tracer; null clears a count.</param>
public sealed record SaveAnswersRequest(
    [property: Required(ErrorMessage = "send the version of the answers your changes are based on")] int? Version,
    Dictionary<string, JsonElement>? Answers,
    List<ResidentAnswersRequest>? Residents,
    List<string>? RemoveResidents,
    Dictionary<string, int?>? Census);
