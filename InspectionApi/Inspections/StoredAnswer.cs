namespace Inspection.Api.Inspections;

/// <summary>
/// An answer as stored: the question's code and the JSON value the client sent (typed by the question,
/// see <see cref="AnswerJson"/>). Institution and resident answers differ only in what they belong to.
/// </summary>
public abstract class StoredAnswer
{
    protected StoredAnswer()
    {
    }

    protected StoredAnswer(string questionCode, string valueJson)
    {
        QuestionCode = questionCode;
        ValueJson = valueJson;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string QuestionCode { get; private set; } = string.Empty;

    public string ValueJson { get; private set; } = string.Empty;

    /// <summary>
    /// Sets (or, with a null value, clears) the answer to <paramref name="questionCode"/> in
    /// <paramref name="answers"/>. True when something changed, so that saving the same answers twice
    /// changes nothing the second time.
    /// </summary>
    internal static bool Set<T>(List<T> answers, string questionCode, string? valueJson, Func<T> create)
        where T : StoredAnswer
    {
        var existing = answers.FirstOrDefault(a => a.QuestionCode == questionCode);
        if (valueJson is null)
        {
            return existing is not null && answers.Remove(existing);
        }

        if (existing is null)
        {
            answers.Add(create());
            return true;
        }

        if (existing.ValueJson == valueJson)
        {
            return false;
        }

        existing.ValueJson = valueJson;
        return true;
    }
}
