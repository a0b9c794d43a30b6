using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections.Answers;

/// <summary>The Engine's problems with a response, named by the request fields the client sent.</summary>
internal static class AnswerProblems
{
    public static Dictionary<string, string[]> ByField(IEnumerable<ResponseProblem> problems, AnswerChanges changes)
    {
        var institution = changes.Institution.ToDictionary(c => c.QuestionCode, c => c.Field, StringComparer.Ordinal);
        var residents = changes.Residents.ToDictionary(r => r.Code, r => r.Field, StringComparer.Ordinal);
        return problems
            .GroupBy(p => Field(p, institution, residents), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static string Field(ResponseProblem problem, Dictionary<string, string> institution, Dictionary<string, string> residents)
    {
        if (problem.Resident is null)
        {
            return institution.GetValueOrDefault(problem.Question) ?? (problem.Question.StartsWith('(') ? "residents" : $"answers.{problem.Question}");
        }

        // A resident of this save is named by its place in the request; one already stored, by its code.
        var resident = residents.GetValueOrDefault(problem.Resident) ?? $"residents[{problem.Resident}]";
        return problem.Question switch
        {
            "(resident)" => $"{resident}.code",
            "(tracer)" => $"{resident}.tracers",
            _ => $"{resident}.answers.{problem.Question}",
        };
    }
}
