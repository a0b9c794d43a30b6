using System.Text.Json;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// Reads a save of answers once, against the questionnaire: each answer is typed by its question
/// (its JSON shape only: ranges and options are the Engine's to judge), codes and units are checked,
/// and limits are applied. Errors are named by the request field they came from.
/// </summary>
internal static class AnswerRequestReader
{
    public static AnswerChanges? Read(SaveAnswersRequest request, RuleSet ruleSet, AnswerLimits limits, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message) => (found.TryGetValue(field, out var list) ? list : found[field] = []).Add(message);

        var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        var tracers = ruleSet.Tracers.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var answerCount = (request.Answers?.Count ?? 0) + (request.Residents ?? []).Sum(r => r.Answers?.Count ?? 0);
        if (answerCount > limits.MaxAnswersPerSave)
        {
            errors = new Dictionary<string, string[]>
            {
                ["answers"] = [$"one save holds at most {limits.MaxAnswersPerSave} answers ({answerCount} were sent); save in parts"],
            };
            return null;
        }

        var institution = ReadAnswers(request.Answers, Level.Institution, "answers", questions, limits, Error);
        var residents = new List<ResidentChange>();
        foreach (var (resident, index) in (request.Residents ?? []).Select((r, i) => (r, i)))
        {
            var field = $"residents[{index}]";
            var code = resident.Code?.Trim();
            if (string.IsNullOrEmpty(code) || code.Length > limits.MaxResidentCodeLength || code.Any(char.IsControl))
            {
                Error($"{field}.code", $"each sampled resident needs a pseudonymous code of at most {limits.MaxResidentCodeLength} characters, without control characters");
                continue;
            }

            foreach (var tracer in (resident.Tracers ?? []).Where(t => !tracers.Contains(t)))
            {
                Error($"{field}.tracers", $"'{tracer}' is not a tracer of {ruleSet.Moniker}");
            }

            residents.Add(new ResidentChange(code, resident.Tracers, ReadAnswers(resident.Answers, Level.Resident, $"{field}.answers", questions, limits, Error), field));
        }

        if (residents.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            Error("residents", $"resident '{duplicate.Key}' appears twice");
        }

        foreach (var (tracer, count) in request.Census ?? [])
        {
            if (!tracers.Contains(tracer))
            {
                Error($"census.{tracer}", $"'{tracer}' is not a tracer of {ruleSet.Moniker}");
            }
            else if (count is < 0 || count > limits.MaxCensusCount)
            {
                Error($"census.{tracer}", $"a census count is a number of residents, from 0 to {limits.MaxCensusCount}");
            }
        }

        errors = found.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        return errors.Count > 0 ? null : new AnswerChanges(
            request.Version ?? 0,
            institution,
            residents,
            [.. (request.RemoveResidents ?? []).Select(c => c.Trim())],
            request.Census ?? []);
    }

    private static List<AnswerChange> ReadAnswers(
        Dictionary<string, JsonElement>? answers, Level unit, string field, Dictionary<string, Question> questions, AnswerLimits limits, Action<string, string> error)
    {
        var read = new List<AnswerChange>();
        foreach (var (code, value) in answers ?? [])
        {
            var at = $"{field}.{code}";
            if (!questions.TryGetValue(code, out var question))
            {
                error(at, "no question has this code");
                continue;
            }

            if (question.Unit != unit)
            {
                error(at, unit == Level.Institution
                    ? "this is a resident question: answer it for a sampled resident"
                    : "this is an institution question: answer it under 'answers'");
                continue;
            }

            var answer = AnswerJson.Read(question, value, out var problem);
            if (problem is not null)
            {
                error(at, problem);
                continue;
            }

            if (answer is TextAnswer { Value.Length: var length } && length > limits.MaxTextLength)
            {
                error(at, $"a text answer holds at most {limits.MaxTextLength} characters");
                continue;
            }

            read.Add(new AnswerChange(code, answer, at));
        }

        return read;
    }
}
