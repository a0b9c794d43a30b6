using System.Collections.Concurrent;
using Inspection.Api.Inspections.Answers;
using Inspection.Engine;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// A draft rule-set version applied to stored inspections, in memory only: the stored answers are read as
/// the draft reads them (answers to questions the draft no longer has are left out), in the same shape as
/// the inspection's own evaluation reads them (<c>FacilityInspection.ToResponse</c>), evaluated by the
/// Engine, and compared standard by standard with the stored findings. Nothing is written. Safe to call
/// from several threads.
/// </summary>
public sealed class WhatIfEvaluation(RuleSet draft, ICompiledRuleSet compiled)
{
    private readonly Dictionary<string, Question> _questions = draft.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);

    // A cycle repeats the same few values (true, false, small numbers) hundreds of thousands of times; each is read once.
    private readonly ConcurrentDictionary<(string QuestionCode, string ValueJson), AnswerValue> _values = new();

    public WhatIfOutcome Evaluate(StoredResponse stored, OfficialResult result)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(result);
        var withdrawn = stored.Findings.Where(f => f.Withdrawn).Select(f => f.StandardCode).ToHashSet(StringComparer.Ordinal);
        var before = stored.Findings.Where(f => !f.Withdrawn).ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var deficienciesBefore = before.Values.Count(f => f.IsDeficiency);
        InspectionResult evaluated;
        try
        {
            evaluated = compiled.Evaluate(Response(stored, result.VisitDate));
        }
        catch (Exception e) when (e is InvalidResponseException or InvalidAnswerException)
        {
            return new WhatIfOutcome(result, null, null, deficienciesBefore, 0, [], e.Message);
        }

        var after = evaluated.Findings.Where(f => !withdrawn.Contains(f.StandardCode)).ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var changes = new List<StandardChangeDto>();
        foreach (var code in after.Keys.Concat(before.Keys.Where(c => !after.ContainsKey(c))))
        {
            var (was, now) = (before.TryGetValue(code, out var b) ? b : (StoredFinding?)null, after.GetValueOrDefault(code));
            var (statusBefore, statusAfter) = (was?.Status.ToString(), now?.Status.ToString());
            var (gradeBefore, gradeAfter) = (was is { IsDeficiency: true } deficiency ? deficiency.Grade : null, now?.Deficiency?.Grade);
            if (statusBefore != statusAfter || gradeBefore != gradeAfter)
            {
                changes.Add(new StandardChangeDto(code, statusBefore, statusAfter, gradeBefore, gradeAfter));
            }
        }

        return new WhatIfOutcome(result, evaluated.OverallScore, evaluated.Rating?.Band.Code, deficienciesBefore,
            after.Values.Count(f => f.Status == FindingStatus.NotMet), changes, null);
    }

    /// <summary>The stored answers as the draft reads them, residents in code order.</summary>
    public InspectionResponse Response(StoredResponse stored, DateOnly visitDate)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new InspectionResponse(visitDate, Typed(stored.Answers),
            [.. stored.Residents.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new SampledResident(r.Code, r.Tracers, Typed(r.Answers)))]);
    }

    private Dictionary<string, AnswerValue> Typed(IReadOnlyList<(string QuestionCode, string ValueJson)> answers)
    {
        var typed = new Dictionary<string, AnswerValue>(answers.Count, StringComparer.Ordinal);
        foreach (var (code, json) in answers)
        {
            if (_questions.TryGetValue(code, out var question))
            {
                typed[code] = _values.GetOrAdd((code, json), static (key, q) => Read(q, key.ValueJson), question);
            }
        }

        return typed;
    }

    private static AnswerValue Read(Question question, string json)
    {
        try
        {
            return AnswerJson.FromStored(question, json);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidAnswerException(e.Message, e);
        }
    }
}
