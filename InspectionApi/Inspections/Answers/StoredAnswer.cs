using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// An answer as stored: the question's code and the answer's JSON value (typed by the question, see
/// <see cref="AnswerJson"/>). The typed value is kept once known, so an answer read from the request
/// or from the database is converted once per request, never validated twice. Institution and
/// resident answers differ only in what they belong to.
/// </summary>
public abstract class StoredAnswer
{
    private AnswerValue? _value;

    protected StoredAnswer()
    {
    }

    protected StoredAnswer(string questionCode, AnswerValue value)
    {
        QuestionCode = questionCode;
        ValueJson = AnswerJson.Write(value);
        _value = value;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string QuestionCode { get; private set; } = string.Empty;

    public string ValueJson { get; private set; } = string.Empty;

    /// <summary>The typed value, for a question of <paramref name="question"/>'s type.</summary>
    public AnswerValue Value(Question question) => _value ??= AnswerJson.FromStored(question, ValueJson);

    /// <summary>
    /// Sets (or, with a null value, clears) the answer to <paramref name="questionCode"/> in
    /// <paramref name="answers"/>. True when something changed, so that saving the same answers twice
    /// changes nothing the second time.
    /// </summary>
    internal static bool Set<T>(List<T> answers, string questionCode, AnswerValue? value, Func<AnswerValue, T> create)
        where T : StoredAnswer
    {
        var existing = answers.FirstOrDefault(a => a.QuestionCode == questionCode);
        if (value is null)
        {
            return existing is not null && answers.Remove(existing);
        }

        if (existing is null)
        {
            answers.Add(create(value));
            return true;
        }

        var json = AnswerJson.Write(value);
        if (existing.ValueJson == json)
        {
            return false;
        }

        existing.ValueJson = json;
        existing._value = value;
        return true;
    }
}
