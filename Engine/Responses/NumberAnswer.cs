using System.Globalization;

namespace Inspection.Engine.Responses;

/// <summary>A number or scale answer.</summary>
public sealed record NumberAnswer(decimal Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Display() => Value.ToString(CultureInfo.InvariantCulture);
}
