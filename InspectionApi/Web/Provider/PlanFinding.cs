namespace Inspection.Web.Provider;

/// <summary>
/// A finding as a plan needs it (<c>GET /api/inspections/{id}/findings</c>): the standard, how serious, the statement
/// in words, and the supervisor's amendment when one counts.
/// </summary>
public sealed record PlanFinding(
    Guid Id, string StandardCode, string Title, string DomainTitle, string Level, string Status, string Severity, string? Scope, string? Grade,
    bool ImmediateJeopardy, string? Statement, bool Withdrawn, string? Standing, PlanFindingAmendment? Amendment)
{
    /// <summary>The status that counts: the amended one when an amendment counts, else the computed one.</summary>
    public string CountedStatus => Amendment is { Current: true } amendment ? amendment.Status : Status;

    public string? CountedGrade => Amendment is { Current: true } amendment ? amendment.Grade : Grade;

    /// <summary>Not met, not withdrawn after a dispute, and not resolved at a follow-up: the provider must correct it.</summary>
    public bool IsOpenDeficiency => CountedStatus == "NotMet" && !Withdrawn && Standing != "Resolved";
}
