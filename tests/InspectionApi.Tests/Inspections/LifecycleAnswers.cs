using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Api.Tests.Inspections;

/// <summary>
/// Answers of good practice for a questionnaire as the API serves it (GET /api/inspections/{id}/questionnaire),
/// each typed by its question, so that every standard can be judged; a test then turns a few of them bad.
/// </summary>
internal static class LifecycleAnswers
{
    /// <summary>Numbers without an upper bound, at levels that meet the catalog's bars.</summary>
    private static readonly Dictionary<string, decimal> Numbers = new(StringComparer.Ordinal)
    {
        ["resident_count"] = 40,
        ["night_care_staff"] = 4,
        ["social_worker_weekly_hours"] = 12,
        ["falls_last_half_year"] = 1,
        ["activities_per_week"] = 5,
    };

    /// <summary>Yes-no questions to which "no" is the good answer (hazards; the outcome standards' harms).</summary>
    private static readonly HashSet<string> GoodWhenNo = new(StringComparer.Ordinal)
    {
        "hazards_found", "fall_with_injury_quarter", "self_harm_needing_care_quarter", "seizure_injury_quarter",
    };

    public static IEnumerable<JsonElement> Questions(JsonElement questionnaire, string unit) =>
        questionnaire.GetProperty("instruments").EnumerateArray()
            .SelectMany(i => i.GetProperty("questions").EnumerateArray())
            .Where(q => q.Text("unit") == unit);

    public static List<string> QuestionCodes(JsonElement questionnaire) =>
        [.. Questions(questionnaire, "institution").Concat(Questions(questionnaire, "resident")).Select(q => q.Text("code")).Order(StringComparer.Ordinal)];

    /// <summary>A good answer to <paramref name="question"/> on a visit made on <paramref name="visitDate"/>.</summary>
    public static JsonNode? Good(JsonElement question, DateOnly visitDate)
    {
        var code = question.Text("code");
        var options = question.GetProperty("options").EnumerateArray().Select(o => o.Text("value")).ToList();
        return question.Text("type") switch
        {
            "yes-no" => JsonValue.Create(!GoodWhenNo.Contains(code)),
            "number" or "scale" => JsonValue.Create(Numbers.TryGetValue(code, out var number) ? number
                : question.GetProperty("max") is { ValueKind: JsonValueKind.Number } max ? max.GetDecimal()
                : (question.GetProperty("min") is { ValueKind: JsonValueKind.Number } min ? min.GetDecimal() : 0) + 10),
            "date" => JsonValue.Create(visitDate.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "choice" => JsonValue.Create(options[0]),
            "multi-choice" => new JsonArray([.. options.Select(o => (JsonNode?)JsonValue.Create(o))]),
            _ => JsonValue.Create("Seen on the visit"),
        };
    }

    /// <summary>Every institution question answered well, except where <paramref name="overrides"/> says otherwise.</summary>
    public static Dictionary<string, JsonNode?> Institution(JsonElement questionnaire, DateOnly visitDate, IReadOnlyDictionary<string, JsonNode?>? overrides = null)
    {
        var questions = Questions(questionnaire, "institution").ToList();
        var answers = questions.ToDictionary(
            q => q.Text("code"),
            q => overrides is not null && overrides.TryGetValue(q.Text("code"), out var value) ? value : Good(q, visitDate),
            StringComparer.Ordinal);
        return WithoutHidden(questions, answers, "q.");
    }

    /// <summary>
    /// <paramref name="count"/> sampled residents with every tracer marked and every resident question answered
    /// well, except where <paramref name="adjust"/> (resident index, question code, good answer) says otherwise.
    /// </summary>
    public static List<object> Residents(JsonElement questionnaire, DateOnly visitDate, int count, Func<int, string, JsonNode?, JsonNode?>? adjust = null)
    {
        var questions = Questions(questionnaire, "resident").ToList();
        var tracers = questionnaire.GetProperty("tracers").EnumerateArray().Select(t => t.Text("code")).ToList();
        return [.. Enumerable.Range(0, count).Select(index =>
        {
            var answers = questions.ToDictionary(
                q => q.Text("code"),
                q => adjust is null ? Good(q, visitDate) : adjust(index, q.Text("code"), Good(q, visitDate)),
                StringComparer.Ordinal);
            return (object)new { code = ResidentCode(index), tracers, answers = WithoutHidden(questions, answers, "r.") };
        })];
    }

    /// <summary>The pseudonymous code of the sampled resident at <paramref name="index"/>.</summary>
    public static string ResidentCode(int index) => $"R{index + 1:D2}-7{index}1";

    /// <summary>Leaves out questions not asked because the yes-no question their show-if names was answered "no".</summary>
    private static Dictionary<string, JsonNode?> WithoutHidden(List<JsonElement> questions, Dictionary<string, JsonNode?> answers, string prefix)
    {
        foreach (var question in questions)
        {
            if (question.GetProperty("showIf") is { ValueKind: JsonValueKind.String } showIf
                && showIf.GetString() is { } condition && condition.StartsWith(prefix, StringComparison.Ordinal)
                && answers.GetValueOrDefault(condition[prefix.Length..]) is JsonValue value && value.TryGetValue<bool>(out var asked) && !asked)
            {
                answers.Remove(question.Text("code"));
            }
        }

        return answers;
    }
}
