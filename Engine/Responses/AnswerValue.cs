namespace Inspection.Engine.Responses;

/// <summary>
/// One answer to one question. The kind must fit the question's type: yes-no takes
/// <see cref="YesNo"/>, number and scale take <see cref="Number"/>, date takes <see cref="Date"/>,
/// choice takes <see cref="Choice"/>, multi-choice takes <see cref="Choices"/>, text takes
/// <see cref="Text"/>. A question with no answer is simply absent from the answers.
/// </summary>
public abstract record AnswerValue
{
    private protected AnswerValue()
    {
    }

    /// <summary>A yes-no answer.</summary>
    public static AnswerValue YesNo(bool value) => value ? YesNoAnswer.Yes : YesNoAnswer.No;

    /// <summary>A number (also for scales).</summary>
    public static AnswerValue Number(decimal value) => new NumberAnswer(value);

    /// <summary>A date.</summary>
    public static AnswerValue Date(DateOnly value) => new DateAnswer(value);

    /// <summary>The value of one option.</summary>
    public static AnswerValue Choice(string value) => new ChoiceAnswer(value);

    /// <summary>The values of the options chosen (possibly none).</summary>
    public static AnswerValue Choices(params string[] values) => new MultiChoiceAnswer(values);

    /// <summary>Free text.</summary>
    public static AnswerValue Text(string value) => new TextAnswer(value);

    /// <summary>The answer as people read it in an evidence trail.</summary>
    public abstract string Display();
}
