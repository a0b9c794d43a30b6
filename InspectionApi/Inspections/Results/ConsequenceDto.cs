namespace Inspection.Api.Inspections.Results;

/// <summary>
/// A consequence that fired: the rule's code, the standard it matched, why (in the reader's language), what
/// follows (a follow-up within days, an escalation, a raised grade, not rated) and the facts it matched.
/// </summary>
public sealed record ConsequenceDto(
    string Code, string StandardCode, string Reason, int? FollowUpWithinDays, string? EscalateTo, bool RaiseGrade, bool NotRated, IReadOnlyList<string> Facts);
