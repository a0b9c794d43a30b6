namespace Inspection.Engine.Responses;

/// <summary>A yes-no answer.</summary>
public sealed record YesNoAnswer(bool Value) : AnswerValue
{
    internal static readonly YesNoAnswer Yes = new(true);
    internal static readonly YesNoAnswer No = new(false);

    /// <inheritdoc />
    public override string Display() => Value ? "yes" : "no";
}
