using System.Globalization;
using System.Text.Json;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// Answers as JSON values, typed by their question: yes-no <c>true</c>/<c>false</c>, number and scale
/// a number, date <c>"YYYY-MM-DD"</c>, choice and text a string, multi-choice an array of strings;
/// <c>null</c> clears an answer.
/// </summary>
public static class AnswerJson
{
    /// <summary>Reads a JSON value for <paramref name="question"/>; null with no error means "clear the answer".</summary>
    public static AnswerValue? Read(Question question, JsonElement value, out string? error)
    {
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (question.Type)
        {
            case QuestionType.YesNo when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return AnswerValue.YesNo(value.GetBoolean());
            case QuestionType.Number or QuestionType.Scale when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number):
                return AnswerValue.Number(number);
            case QuestionType.Date when value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return AnswerValue.Date(date);
            case QuestionType.Choice when value.ValueKind == JsonValueKind.String:
                return AnswerValue.Choice(value.GetString()!);
            case QuestionType.Text when value.ValueKind == JsonValueKind.String:
                return AnswerValue.Text(value.GetString()!);
            case QuestionType.MultiChoice when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String):
                return AnswerValue.Choices([.. value.EnumerateArray().Select(v => v.GetString()!)]);
            default:
                error = question.Type switch
                {
                    QuestionType.YesNo => "expected true or false",
                    QuestionType.Number or QuestionType.Scale => "expected a number",
                    QuestionType.Date => "expected a date written as \"YYYY-MM-DD\"",
                    QuestionType.Choice => "expected one of the options' values as text",
                    QuestionType.MultiChoice => "expected a list of option values",
                    _ => "expected text",
                };
                return null;
        }
    }

    /// <summary>The stored JSON text of an answer.</summary>
    public static string Write(AnswerValue answer) => answer switch
    {
        YesNoAnswer yes => yes.Value ? "true" : "false",
        NumberAnswer number => number.Value.ToString(CultureInfo.InvariantCulture),
        DateAnswer date => JsonSerializer.Serialize(date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ChoiceAnswer choice => JsonSerializer.Serialize(choice.Value),
        TextAnswer text => JsonSerializer.Serialize(text.Value),
        MultiChoiceAnswer choices => JsonSerializer.Serialize(choices.Values),
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };

    /// <summary>A stored answer back as a value (stored answers were checked when saved).</summary>
    public static AnswerValue FromStored(Question question, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(question, document.RootElement, out var problem)
            ?? throw new InvalidOperationException($"the stored answer to '{question.Code}' no longer fits its question: {problem}");
    }

    /// <summary>An answer as the JSON value clients send and read.</summary>
    public static JsonElement ToJson(AnswerValue answer)
    {
        using var document = JsonDocument.Parse(Write(answer));
        return document.RootElement.Clone();
    }
}
