using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>
/// The evaluated result of one standard, with its evidence trail: the rule-set version, the rule
/// text, every answer read with its value, and for resident-level standards the residents' outcomes.
/// </summary>
/// <param name="Standard">The standard, as written in the rule-set version used.</param>
/// <param name="RuleSet">The rule-set version used (id, version, content hash).</param>
/// <param name="AnswersRead">Institution answers the rule and applicability read, with their values (null: not answered).</param>
/// <param name="MissingAnswers">Questions whose missing answers made the result unknown.</param>
/// <param name="Residents">Resident-level standards: the sample tally; null for institution level.</param>
/// <param name="Deficiency">Present when the status is <see cref="FindingStatus.NotMet"/>.</param>
/// <param name="ErrorMessage">Present when the status is <see cref="FindingStatus.Error"/>.</param>
public sealed record Finding(
    Standard Standard,
    RuleSetIdentity RuleSet,
    FindingStatus Status,
    IReadOnlyList<AnswerRead> AnswersRead,
    IReadOnlyList<string> MissingAnswers,
    ResidentTally? Residents,
    Deficiency? Deficiency,
    string? ErrorMessage)
{
    /// <summary>The standard's code.</summary>
    public string StandardCode => Standard.Code;

    /// <summary>True for Met and NotMet: the findings that count in scores.</summary>
    public bool IsEvaluated => Status is FindingStatus.Met or FindingStatus.NotMet;
}

/// <summary>Which rule-set version produced a finding.</summary>
public sealed record RuleSetIdentity(string Id, string Version, string ContentHash)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version} ({ContentHash})";
}

/// <summary>One answer a rule read, and its value (null when not answered).</summary>
public readonly record struct AnswerRead(string Question, AnswerValue? Value);

/// <summary>
/// A resident-level standard's count over the sample: n residents with a known result, k of them
/// satisfying the rule, the rate k / n against the bar; and every applicable resident's outcome.
/// </summary>
public sealed record ResidentTally(
    int Applicable,
    int Known,
    int Satisfying,
    decimal? Rate,
    decimal Bar,
    int MinimumSample,
    IReadOnlyList<ResidentOutcome> Outcomes)
{
    /// <summary>Pseudonymous codes of residents whose care did not satisfy the rule.</summary>
    public IEnumerable<string> Failing => Outcomes.Where(o => o.Result == ResidentResult.Failed).Select(o => o.Resident);

    /// <summary>Pseudonymous codes of residents left out because their result was unknown.</summary>
    public IEnumerable<string> Excluded => Outcomes.Where(o => o.Result == ResidentResult.Excluded).Select(o => o.Resident);
}

/// <summary>What a resident-level rule found for one applicable resident.</summary>
public enum ResidentResult
{
    /// <summary>The rule holds for this resident.</summary>
    Satisfied,

    /// <summary>The rule does not hold for this resident.</summary>
    Failed,

    /// <summary>The result is unknown (a needed answer is missing); not counted in n.</summary>
    Excluded,
}

/// <summary>One applicable resident's outcome, with the resident answers read.</summary>
public sealed record ResidentOutcome(string Resident, ResidentResult Result, IReadOnlyList<AnswerRead> AnswersRead);

/// <summary>An unmet standard's deficiency: severity, scope and the grade from the rule set's grid.</summary>
/// <param name="FailingShare">Resident level: failing residents / n; null for institution level (scope declared).</param>
public sealed record Deficiency(Severity Severity, Scope Scope, string Grade, bool ImmediateJeopardy, decimal? FailingShare);
