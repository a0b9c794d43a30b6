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
