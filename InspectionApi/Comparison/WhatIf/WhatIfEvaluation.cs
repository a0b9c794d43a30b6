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
/// the inspection's own evaluation reads them (<c>FacilityInspection.ToResponse</c>, with the tracer
/// census, the withdrawn standards and the deficiencies of the previous visit it was evaluated against),
/// evaluated by the Engine, and compared standard by standard with the stored findings. Nothing is
/// written. Safe to call from several threads.
/// </summary>
public sealed class WhatIfEvaluation(RuleSet draft, ICompiledRuleSet compiled)
{
    // Per question of the draft, each distinct stored value read once: a cycle repeats the same few values
    // (true, false, small numbers) hundreds of thousands of times. Looked up by slices of the packed text.
    private readonly Dictionary<string, QuestionValues>.AlternateLookup<ReadOnlySpan<char>> _questions =
        draft.Questions.ToDictionary(q => q.Code, q => new QuestionValues(q), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string> _standards = draft.Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);

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
            evaluated = compiled.Evaluate(Response(stored, result.VisitDate, withdrawn));
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

    /// <summary>
    /// The stored inspection as the draft reads it: answers, residents in code order, census, the
    /// withdrawn standards the draft has, and the previous visit's deficiencies.
    /// </summary>
    public InspectionResponse Response(StoredResponse stored, DateOnly visitDate, IReadOnlySet<string> withdrawn)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(withdrawn);
        var withdrawnHere = withdrawn.Where(_standards.Contains).ToHashSet(StringComparer.Ordinal);
        var response = stored.Response;
        return new InspectionResponse(visitDate, Typed(response.Answers.Span),
            [.. response.Residents.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new SampledResident(r.Code, r.Tracers, Typed(r.Answers.Span)))])
        {
            TracerCensus = response.Census,
            WithdrawnStandards = withdrawnHere.Count == 0 ? null : withdrawnHere,
            PreviousDeficiencies = stored.PreviousDeficiencies,
        };
    }

    private Dictionary<string, AnswerValue> Typed(ReadOnlySpan<char> text)
    {
        var typed = new Dictionary<string, AnswerValue>(text.Count(ResponseSnapshot.Record) + 1, StringComparer.Ordinal);
        foreach (var range in text.Split(ResponseSnapshot.Record))
        {
            var answer = text[range];
            var unit = answer.IndexOf(ResponseSnapshot.Unit);
            if (unit < 0)
            {
                continue; // no answers at all
            }

            if (_questions.TryGetValue(answer[..unit], out var question))
            {
                typed[question.Question.Code] = question.Value(answer[(unit + 1)..]);
            }
        }

        return typed;
    }

    /// <summary>A question of the draft and the values read for it so far (shared by the evaluating threads).</summary>
    private sealed class QuestionValues(Question question)
    {
        private readonly ConcurrentDictionary<string, AnswerValue> _values = new(StringComparer.Ordinal);

        public Question Question => question;

        public AnswerValue Value(ReadOnlySpan<char> json)
        {
            var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(json, out var value))
            {
                return value;
            }

            var text = json.ToString();
            return _values.GetOrAdd(text, Read(question, text));
        }
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
