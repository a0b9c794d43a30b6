using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.WebUi.Tests.TestData;

/// <summary>
/// Inspections prepared through the REST API as their users would make them: planned, started, answered well
/// except where <see cref="Failing"/> says, submitted, evaluated by the host's job, issued, its report written.
/// The browser tests of every feature prepare their data here.
/// </summary>
internal sealed class InspectionData(HttpClient supervisor)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The resident whose answers fail: their pseudonymous code must appear in the evidence.</summary>
    public const string FailingResident = "R01-701";

    /// <summary>The institution questions <see cref="Failing.TwoInstitutionStandards"/> answers the wrong way.</summary>
    private static readonly Dictionary<string, JsonNode?> FailingInstitution = new(StringComparer.Ordinal) { ["rn_every_shift"] = false, ["kitchen_clean"] = false };

    /// <summary>A care home of <paramref name="district"/>, run by the operator <paramref name="provider"/> speaks for when one is given.</summary>
    public static async Task<(Guid Id, string Name)> FacilityAsync(HttpClient supervisor, string district, HttpClient? provider = null)
    {
        var theirs = provider is null ? null : (await GetAsync(provider, "api/facilities")).EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToHashSet();
        var facility = (await GetAsync(supervisor, $"api/facilities?district={district}&serviceType=elderly-care-home")).EnumerateArray()
            .First(f => theirs is null || theirs.Contains(f.GetProperty("id").GetGuid()));
        return (facility.GetProperty("id").GetGuid(), facility.GetProperty("name").GetString()!);
    }

    /// <summary>A regular visit of <paramref name="facilityId"/> planned <paramref name="daysAhead"/> days from today; its id.</summary>
    public async Task<Guid> PlannedAsync(Guid facilityId, int daysAhead)
    {
        using var response = await supervisor.PostAsJsonAsync("api/inspections", new { facilityId, kind = "regular", plannedDate = Today.AddDays(daysAhead) });
        await SucceedAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An inspection of <paramref name="facilityId"/> answered, submitted and evaluated by the host's job (polled until it is).</summary>
    public async Task<Guid> EvaluatedAsync(Guid facilityId, Failing failing = Failing.OneResident)
    {
        var id = await PlannedAsync(facilityId, 0);
        await PostAsync($"api/inspections/{id}/start");
        var questionnaire = await GetAsync(supervisor, $"api/inspections/{id}/questionnaire");
        var tracers = questionnaire.GetProperty("tracers").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToList();
        const int residents = 4;
        using (var saved = await supervisor.PutAsJsonAsync($"api/inspections/{id}/answers", new
        {
            version = 0,
            answers = Answers(questionnaire, "institution", code => failing == Failing.TwoInstitutionStandards && FailingInstitution.ContainsKey(code)),
            residents = Enumerable.Range(0, residents).Select(index => new
            {
                code = $"R{index + 1:D2}-7{index}1",
                tracers,
                answers = Answers(questionnaire, "resident", _ => failing == Failing.OneResident && index == 0),
            }).ToList(),
            census = tracers.ToDictionary(t => t, _ => residents),
        }))
        {
            await SucceedAsync(saved);
        }

        await PostAsync($"api/inspections/{id}/submit?acceptIncomplete=true");
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var inspection = await GetAsync(supervisor, $"api/inspections/{id}");
            if (inspection.GetProperty("status").GetString() == "Evaluated")
            {
                return id;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"the host's job did not evaluate inspection {id} within a minute");
    }

    /// <summary>An evaluated inspection whose report is issued (the provider may dispute it and write a correction plan).</summary>
    public async Task<Guid> IssuedAsync(Guid facilityId, Failing failing = Failing.OneResident)
    {
        var id = await EvaluatedAsync(facilityId, failing);
        await PostAsync($"api/inspections/{id}/issue-report");
        return id;
    }

    /// <summary>An issued inspection whose first compliance edition the host's report job has written (polled until it has).</summary>
    public async Task<Guid> ReportWrittenAsync(Guid facilityId, Failing failing = Failing.OneResident)
    {
        var id = await IssuedAsync(facilityId, failing);
        for (var attempt = 0; attempt < 180; attempt++)
        {
            if ((await GetAsync(supervisor, $"api/inspections/{id}/reports")).EnumerateArray().Any(e => e.GetProperty("report").GetString() == "compliance"))
            {
                return id;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"the host's report job did not write the report of inspection {id} within 90 s");
    }

    /// <summary>The API's answer to a GET, or an exception that says what it refused.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string path) => await Json(await client.GetAsync(path));

    /// <summary>The body of a successful answer (default when it has none), or an exception with the problem the API gave.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            await SucceedAsync(response);
            var body = await response.Content.ReadAsStringAsync();
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private async Task PostAsync(string path)
    {
        using var response = await supervisor.PostAsync(path, null);
        await SucceedAsync(response);
    }

    private static async Task SucceedAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// Every question of <paramref name="unit"/> answered as good practice, or, where <paramref name="failing"/> says so,
    /// every yes-no question answered the other way; questions a "no" hides are left out.
    /// </summary>
    private static Dictionary<string, JsonNode?> Answers(JsonElement questionnaire, string unit, Func<string, bool> failing)
    {
        var questions = questionnaire.GetProperty("instruments").EnumerateArray()
            .SelectMany(i => i.GetProperty("questions").EnumerateArray())
            .Where(q => q.GetProperty("unit").GetString() == unit)
            .ToList();
        var answers = questions.ToDictionary(q => q.GetProperty("code").GetString()!, q => Good(q, failing(q.GetProperty("code").GetString()!)), StringComparer.Ordinal);
        var prefix = unit == "institution" ? "q." : "r.";
        foreach (var question in questions)
        {
            if (question.GetProperty("showIf") is { ValueKind: JsonValueKind.String } showIf && showIf.GetString() is { } condition
                && condition.StartsWith(prefix, StringComparison.Ordinal)
                && answers.GetValueOrDefault(condition[prefix.Length..]) is JsonValue value && value.TryGetValue<bool>(out var asked) && !asked)
            {
                answers.Remove(question.GetProperty("code").GetString()!);
            }
        }

        return answers;
    }

    private static readonly HashSet<string> GoodWhenNo = new(StringComparer.Ordinal)
    {
        "hazards_found", "fall_with_injury_quarter", "self_harm_needing_care_quarter", "seizure_injury_quarter",
    };

    private static readonly Dictionary<string, decimal> Numbers = new(StringComparer.Ordinal)
    {
        ["resident_count"] = 40, ["night_care_staff"] = 4, ["social_worker_weekly_hours"] = 12, ["falls_last_half_year"] = 1, ["activities_per_week"] = 5,
    };

    private static JsonNode? Good(JsonElement question, bool fail)
    {
        var code = question.GetProperty("code").GetString()!;
        var options = question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()).ToList();
        return question.GetProperty("type").GetString() switch
        {
            "yes-no" => JsonValue.Create(GoodWhenNo.Contains(code) == fail),
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
