namespace Inspection.Engine.Responses;

/// <summary>A single-choice answer: the value of the option chosen.</summary>
public sealed record ChoiceAnswer(string Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Display() => Value;
}
