using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>
/// The evaluated result of one standard, with its evidence trail: the rule-set version, the rule
/// text, every answer read with its value, and for resident-level standards the residents' outcomes.
/// Made only through its factories (<see cref="Met"/>, <see cref="NotMet"/>, <see cref="NotApplicable"/>,
/// <see cref="Incomplete"/>, <see cref="Error"/>), so that a finding's parts always fit its status:
/// only a NotMet finding has a deficiency, only an Error finding has an error message.
/// </summary>
public sealed record Finding
{
    private Finding(
        Standard standard, RuleSetIdentity ruleSet, FindingStatus status, IReadOnlyList<AnswerRead> answersRead, IReadOnlyList<string> missingAnswers,
        ResidentTally? residents, Deficiency? deficiency, string? errorMessage, string? note)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(ruleSet);
        Standard = standard;
        RuleSet = ruleSet;
        Status = status;
        AnswersRead = answersRead;
        MissingAnswers = missingAnswers;
        Residents = residents;
        Deficiency = deficiency;
        ErrorMessage = errorMessage;
        Note = note;
    }

    /// <summary>The standard, as written in the rule-set version used.</summary>
    public Standard Standard { get; }

    /// <summary>The rule-set version used (id, version, content hash).</summary>
    public RuleSetIdentity RuleSet { get; }

    /// <summary>The result.</summary>
    public FindingStatus Status { get; }

    /// <summary>Institution answers the rule and applicability read, with their values (null: not answered).</summary>
    public IReadOnlyList<AnswerRead> AnswersRead { get; }

    /// <summary>Questions whose missing answers made the result unknown.</summary>
    public IReadOnlyList<string> MissingAnswers { get; }

    /// <summary>Resident-level standards: the sample tally; null for institution level.</summary>
    public ResidentTally? Residents { get; }

    /// <summary>Present when, and only when, the status is <see cref="FindingStatus.NotMet"/>.</summary>
    public Deficiency? Deficiency { get; }

    /// <summary>Present when, and only when, the status is <see cref="FindingStatus.Error"/>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>
    /// Why a standard was not judged when no missing answer says it (for example, too few residents with
    /// its tracer sampled), or why it does not apply when its applicability does not say it (withdrawn after a dispute).
    /// </summary>
    public string? Note { get; }

    /// <summary>
    /// Set when a supervisor amended this finding: the status the rule computed (the amended status is
    /// <see cref="Status"/>); null for a finding as computed.
    /// </summary>
    public FindingStatus? ComputedStatus { get; private init; }

    /// <summary>Whether a supervisor amended this finding.</summary>
    public bool IsAmended => ComputedStatus is not null;

    /// <summary>The standard's code.</summary>
    public string StandardCode => Standard.Code;

    /// <summary>True for Met and NotMet: the findings that count in scores.</summary>
    public bool IsEvaluated => Status is FindingStatus.Met or FindingStatus.NotMet;

    /// <summary>The standard is met.</summary>
    public static Finding Met(Standard standard, RuleSetIdentity ruleSet, IReadOnlyList<AnswerRead> answersRead, ResidentTally? residents = null) =>
        new(standard, ruleSet, FindingStatus.Met, answersRead, [], residents, null, null, null);

    /// <summary>The standard is not met: a deficiency.</summary>
    public static Finding NotMet(Standard standard, RuleSetIdentity ruleSet, IReadOnlyList<AnswerRead> answersRead, Deficiency deficiency, ResidentTally? residents = null)
    {
        ArgumentNullException.ThrowIfNull(deficiency);
        return new(standard, ruleSet, FindingStatus.NotMet, answersRead, [], residents, deficiency, null, null);
    }

    /// <summary>The standard does not apply; <paramref name="note"/> says why when its applicability does not (for example, withdrawn after a dispute).</summary>
    public static Finding NotApplicable(
        Standard standard, RuleSetIdentity ruleSet, IReadOnlyList<AnswerRead> answersRead, ResidentTally? residents = null, string? note = null) =>
        new(standard, ruleSet, FindingStatus.NotApplicable, answersRead, [], residents, null, null, note);

    /// <summary>The standard could not be judged: answers are missing (<paramref name="missingAnswers"/>) or, as <paramref name="note"/> says, residents.</summary>
    public static Finding Incomplete(
        Standard standard, RuleSetIdentity ruleSet, IReadOnlyList<AnswerRead> answersRead, IReadOnlyList<string> missingAnswers,
        ResidentTally? residents = null, string? note = null) =>
        new(standard, ruleSet, FindingStatus.Incomplete, answersRead, missingAnswers, residents, null, null, note);

    /// <summary>The rule failed at run time; <paramref name="message"/> says why.</summary>
    public static Finding Error(Standard standard, RuleSetIdentity ruleSet, IReadOnlyList<AnswerRead> answersRead, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new(standard, ruleSet, FindingStatus.Error, answersRead, [], null, null, message, null);
    }

    /// <summary>This NotMet finding with another deficiency (a consequence raised its grade).</summary>
    internal Finding WithDeficiency(Deficiency deficiency) =>
        Status == FindingStatus.NotMet
            ? new(Standard, RuleSet, Status, AnswersRead, MissingAnswers, Residents, deficiency, null, null)
            : throw new InvalidOperationException($"only a NotMet finding has a deficiency; {StandardCode} is {Status}");

    /// <summary>This computed finding as a supervisor amended it: its evidence kept, its status and deficiency replaced.</summary>
    internal Finding Amended(FindingStatus status, Deficiency? deficiency, string note) =>
        (status == FindingStatus.NotMet) == (deficiency is not null)
            ? new(Standard, RuleSet, status, AnswersRead, [], Residents, deficiency, null, note) { ComputedStatus = ComputedStatus ?? Status }
            : throw new InvalidOperationException($"only a NotMet finding has a deficiency; {StandardCode} amended to {status}");
}
