using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.WebUi.Tests.Provider;

/// <summary>
/// Prepares, through the API as a supervisor would, an issued report with deficiencies: a regular visit of one of the
/// provider's facilities planned, started, answered well except where two institution standards fail, submitted, evaluated
/// by the job the host runs on submit, and its report issued.
/// </summary>
internal static class IssuedReport
{
    /// <summary>Answers that fail two institution standards of the care-home catalog (a registered nurse on every shift; a clean kitchen).</summary>
    public static readonly Dictionary<string, JsonNode?> Failing = new(StringComparer.Ordinal) { ["rn_every_shift"] = false, ["kitchen_clean"] = false };

    /// <summary>Yes-no questions to which "no" is the good answer.</summary>
    private static readonly HashSet<string> GoodWhenNo = new(StringComparer.Ordinal)
    {
        "hazards_found", "fall_with_injury_quarter", "self_harm_needing_care_quarter", "seizure_injury_quarter",
    };

    private static readonly Dictionary<string, decimal> Numbers = new(StringComparer.Ordinal)
    {
        ["resident_count"] = 40, ["night_care_staff"] = 4, ["social_worker_weekly_hours"] = 12, ["falls_last_half_year"] = 1, ["activities_per_week"] = 5,
    };

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    /// <summary>The issued inspection's id and its facility's.</summary>
    public static async Task<(Guid Inspection, Guid Facility)> PrepareAsync(HttpClient supervisor, HttpClient provider)
    {
        var own = (await Json(await provider.GetAsync(new Uri("api/facilities", UriKind.Relative)))).EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToHashSet();
        var north = await Json(await supervisor.GetAsync(new Uri("api/facilities?district=north&serviceType=elderly-care-home", UriKind.Relative)));
        var facility = north.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).First(own.Contains);

        var planned = await Json(await supervisor.PostAsJsonAsync("api/inspections", new { facilityId = facility, kind = "regular", plannedDate = Today.AddDays(3) }));
        var id = planned.GetProperty("id").GetGuid();
        var path = $"api/inspections/{id}";
        await Json(await supervisor.PostAsync(new Uri($"{path}/start", UriKind.Relative), null));
        var questionnaire = await Json(await supervisor.GetAsync(new Uri($"{path}/questionnaire", UriKind.Relative)));
        var tracers = questionnaire.GetProperty("tracers").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToList();
        const int residents = 4;
        await Json(await supervisor.PutAsJsonAsync(path + "/answers", new
        {
            version = 0,
            answers = Answers(questionnaire, "institution", Failing),
            residents = Enumerable.Range(0, residents).Select(i => new { code = $"R{i + 1:D2}-7{i}1", tracers, answers = Answers(questionnaire, "resident", null) }).ToList(),
            census = tracers.ToDictionary(t => t, _ => residents),
        }));
        await Json(await supervisor.PostAsync(new Uri($"{path}/submit?acceptIncomplete=true", UriKind.Relative), null));

        // The host evaluates a submitted inspection in a background job.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await Json(await supervisor.GetAsync(new Uri(path, UriKind.Relative)))).GetProperty("evaluation").GetProperty("state").GetString() != "Evaluated")
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the evaluation job evaluates the submitted inspection within 90 s");
            await Task.Delay(500);
        }

        await Json(await supervisor.PostAsync(new Uri($"{path}/issue-report", UriKind.Relative), null));
        return (id, facility);
    }

    /// <summary>The body of a successful answer, or a failed assertion with the problem the API gave.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.Should().BeTrue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>Every question of <paramref name="unit"/> answered well unless <paramref name="overrides"/> says otherwise; questions a "no" hides are left out.</summary>
    private static Dictionary<string, JsonNode?> Answers(JsonElement questionnaire, string unit, IReadOnlyDictionary<string, JsonNode?>? overrides)
    {
        var questions = questionnaire.GetProperty("instruments").EnumerateArray().SelectMany(i => i.GetProperty("questions").EnumerateArray())
            .Where(q => q.GetProperty("unit").GetString() == unit).ToList();
        var answers = questions.ToDictionary(q => q.GetProperty("code").GetString()!,
            q => overrides is not null && overrides.TryGetValue(q.GetProperty("code").GetString()!, out var value) ? value : Good(q), StringComparer.Ordinal);
        var prefix = unit == "institution" ? "q." : "r.";
        foreach (var question in questions)
        {
            if (question.GetProperty("showIf") is { ValueKind: JsonValueKind.String } showIf && showIf.GetString() is { } condition
                && condition.StartsWith(prefix, StringComparison.Ordinal)
                && answers.GetValueOrDefault(condition[prefix.Length..]) is JsonValue shown && shown.TryGetValue<bool>(out var asked) && !asked)
            {
                answers.Remove(question.GetProperty("code").GetString()!);
            }
        }

        return answers;
    }

    private static JsonNode? Good(JsonElement question)
    {
        var code = question.GetProperty("code").GetString()!;
        var options = question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()).ToList();
        return question.GetProperty("type").GetString() switch
        {
            "yes-no" => JsonValue.Create(!GoodWhenNo.Contains(code)),
            "number" or "scale" => JsonValue.Create(Numbers.TryGetValue(code, out var number) ? number
                : question.GetProperty("max") is { ValueKind: JsonValueKind.Number } max ? max.GetDecimal()
                : (question.GetProperty("min") is { ValueKind: JsonValueKind.Number } min ? min.GetDecimal() : 0) + 10),
            "date" => JsonValue.Create(Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "choice" => JsonValue.Create(options[0]),
            "multi-choice" => new JsonArray([.. options.Select(o => (JsonNode?)JsonValue.Create(o))]),
            _ => JsonValue.Create("Seen on the visit"),
        };
    }
}
