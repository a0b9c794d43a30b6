namespace Inspection.Engine.Responses;

/// <summary>A free-text answer.</summary>
public sealed record TextAnswer(string Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Display() => Value;
}
