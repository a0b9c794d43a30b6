namespace Inspection.Api.Inspections.Amendments;

/// <summary>
/// An amendment as people read it: the computed finding and the amended one (status, scope, grade), why, the
/// evidence, who amended it and when, the district's review, and whether it still counts (or was replaced or withdrawn).
/// </summary>
public sealed record AmendmentDto(
    Guid Id, Guid FindingId, string StandardCode, string ComputedStatus, string? ComputedScope, string? ComputedGrade,
    string Status, string? Scope, string? Grade, string Reason, string? Evidence, IReadOnlyList<Guid> Attachments,
    Guid AmendedBy, string AmendedByName, DateTime AmendedAt, string Review, string? ReviewNote, string? ReviewedByName, DateTime? ReviewedAt,
    bool Current, string? Ending, DateTime? EndedAt)
{
    public static AmendmentDto Of(Amendment amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        return new(amendment.Id, amendment.FindingId, amendment.StandardCode, amendment.ComputedStatus.ToString(),
            amendment.ComputedScope is { } computedScope ? Standards.Model.CatalogNames.Of(computedScope) : null, amendment.ComputedGrade,
            amendment.Status.ToString(), amendment.Scope is { } scope ? Standards.Model.CatalogNames.Of(scope) : null, amendment.Grade,
            amendment.Reason, amendment.Evidence, amendment.AttachmentIds, amendment.AmendedBy, amendment.AmendedByName, amendment.AmendedAt,
            amendment.Review.ToString(), amendment.ReviewNote, amendment.ReviewedByName, amendment.ReviewedAt,
            amendment.IsCurrent, amendment.Ending?.ToString(), amendment.EndedAt);
    }
}
