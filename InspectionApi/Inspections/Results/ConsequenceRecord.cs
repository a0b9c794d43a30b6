using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Results;

/// <summary>
/// A consequence of the rule set that fired in an inspection's stored result: the rule, the standard of
/// the finding it matched, the facts it matched, why (in both languages) and what follows.
/// </summary>
public sealed class ConsequenceRecord
{
    private ConsequenceRecord()
    {
    }

    internal ConsequenceRecord(string code, string standardCode, IEnumerable<string> facts, LocalizedText reason, ConsequenceAction then)
    {
        Code = code;
        StandardCode = standardCode;
        Facts = [.. facts];
        ReasonHe = reason.He;
        ReasonEn = reason.En;
        FollowUpWithinDays = then.FollowUpWithinDays;
        EscalateTo = then.EscalateTo;
        RaiseGrade = then.RaiseGrade;
        NotRated = then.NotRated;
    }

    public string Code { get; private set; } = string.Empty;

    public string StandardCode { get; private set; } = string.Empty;

    /// <summary>The facts it matched, as people read them (the finding, and the previous deficiency when it read one).</summary>
    public IReadOnlyList<string> Facts { get; private set; } = [];

    public string ReasonHe { get; private set; } = string.Empty;

    public string ReasonEn { get; private set; } = string.Empty;

    public int? FollowUpWithinDays { get; private set; }

    public Escalation? EscalateTo { get; private set; }

    public bool RaiseGrade { get; private set; }

    public bool NotRated { get; private set; }
}
