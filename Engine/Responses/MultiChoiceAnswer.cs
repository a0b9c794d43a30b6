namespace Inspection.Engine.Responses;

/// <summary>A multi-choice answer: the values of the options chosen.</summary>
public sealed record MultiChoiceAnswer(IReadOnlyList<string> Values) : AnswerValue
{
    /// <inheritdoc />
    public override string Display() => string.Join(", ", Values);

    /// <inheritdoc />
    public bool Equals(MultiChoiceAnswer? other) => other is not null && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Aggregate(17, (hash, value) => HashCode.Combine(hash, value));
}
