namespace Inspection.Engine.Responses;

/// <summary>One problem in a response.</summary>
/// <param name="Resident">The resident's code for a resident answer; null for an institution answer.</param>
/// <param name="Question">The question code.</param>
/// <param name="Message">What is wrong, in words an inspector understands.</param>
public sealed record ResponseProblem(string? Resident, string Question, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Resident is null ? $"{Question}: {Message}" : $"resident {Resident}, {Question}: {Message}";
}
