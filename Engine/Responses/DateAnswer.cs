using System.Globalization;

namespace Inspection.Engine.Responses;

/// <summary>A date answer.</summary>
public sealed record DateAnswer(DateOnly Value) : AnswerValue
{
    /// <inheritdoc />
    public override string Display() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
