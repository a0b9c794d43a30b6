namespace Inspection.Engine.Responses;

/// <summary>A response that does not fit its rule set: unknown questions, answers of the wrong kind or out of range.</summary>
public sealed class InvalidResponseException : Exception
{
    /// <summary>Creates the exception with every problem found.</summary>
    public InvalidResponseException(string ruleSet, IReadOnlyList<ResponseProblem> problems)
        : base($"The response does not fit {ruleSet}: {string.Join("; ", problems.Select(p => p.ToString()))}")
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>The rule-set version ("id@version") the response was checked against.</summary>
    public string RuleSet { get; }

    /// <summary>Every problem, each naming the answer it concerns.</summary>
    public IReadOnlyList<ResponseProblem> Problems { get; }
}
