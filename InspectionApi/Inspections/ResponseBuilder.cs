using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>Turns an inspection's stored answers into the Engine's response.</summary>
public static class ResponseBuilder
{
    public static InspectionResponse Build(Inspection inspection, RuleSet ruleSet, DateOnly fallbackDate)
    {
        var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
        Dictionary<string, AnswerValue> Answers(IEnumerable<(string Code, string Json)> stored) =>
            stored
                .Where(a => questions.ContainsKey(a.Code))
                .Select(a => (a.Code, Value: AnswerJson.FromStored(questions[a.Code], a.Json)))
                .Where(a => a.Value is not null)
                .ToDictionary(a => a.Code, a => a.Value!, StringComparer.Ordinal);

        var residents = inspection.Residents
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new Engine.Responses.SampledResident(r.Code, r.TracerCodes, Answers(r.Answers.Select(a => (a.QuestionCode, a.ValueJson)))))
            .ToList();
        return new InspectionResponse(
            inspection.VisitDate ?? fallbackDate,
            Answers(inspection.Answers.Select(a => (a.QuestionCode, a.ValueJson))),
            residents);
    }
}
