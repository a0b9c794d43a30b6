using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Amendments;

/// <summary>
/// A supervisor's professional judgment over one computed finding: the status (and, for a deficiency, scope
/// and grade) it should have, why, and the evidence for it, beside what the rule computed. A later amendment
/// of the same finding replaces it, and a withdrawal ends it, but every one stays recorded. The district
/// reviews it (accepts it, or returns it with a comment).
/// </summary>
public sealed class Amendment
{
    private Amendment()
    {
    }

    internal Amendment(Guid inspectionId, Findings.FindingRecord finding, FindingAmendment change, string reason, string? evidence, IReadOnlyList<Guid> attachments,
        Guid by, string byName, DateTime at)
    {
        InspectionId = inspectionId;
        FindingId = finding.Id;
        StandardCode = finding.StandardCode;
        ComputedStatus = finding.Status;
        ComputedScope = finding.Scope;
        ComputedGrade = finding.Grade;
        Status = change.Status;
        Scope = change.Scope;
        Grade = change.Grade;
        Reason = reason;
        Evidence = evidence;
        Attachments = string.Join(',', attachments);
        AmendedBy = by;
        AmendedByName = byName;
        AmendedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public Guid FindingId { get; private set; }

    public string StandardCode { get; private set; } = string.Empty;

    /// <summary>What the rule computed, as it stood when amended.</summary>
    public FindingStatus ComputedStatus { get; private set; }

    public Scope? ComputedScope { get; private set; }

    public string? ComputedGrade { get; private set; }

    /// <summary>The status the supervisor judged right.</summary>
    public FindingStatus Status { get; private set; }

    /// <summary>Not met only: the scope named (null: the computed one, or the standard's).</summary>
    public Scope? Scope { get; private set; }

    /// <summary>Not met only: the grade named (null: the grid's for the standard's severity and the scope).</summary>
    public string? Grade { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>The evidence in words (what was seen, read or heard).</summary>
    public string? Evidence { get; private set; }

    /// <summary>Evidence attachments of this inspection, comma-separated ids.</summary>
    public string Attachments { get; private set; } = string.Empty;

    public IReadOnlyList<Guid> AttachmentIds => Attachments.Length == 0 ? [] : [.. Attachments.Split(',').Select(Guid.Parse)];

    public Guid AmendedBy { get; private set; }

    /// <summary>The supervisor's name when they amended it (names may change later; the record does not).</summary>
    public string AmendedByName { get; private set; } = string.Empty;

    public DateTime AmendedAt { get; private set; }

    public AmendmentReview Review { get; private set; }

    public string? ReviewNote { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    /// <summary>Set once it no longer counts: replaced by a later amendment or withdrawn.</summary>
    public AmendmentEnding? Ending { get; private set; }

    public DateTime? EndedAt { get; private set; }

    /// <summary>Whether this is the amendment that counts for its finding.</summary>
    public bool IsCurrent => Ending is null;

    /// <summary>The amendment as the Engine applies it.</summary>
    public FindingAmendment ToEngine() => new(Status, Scope, Grade);

    internal void End(AmendmentEnding ending, DateTime at)
    {
        Ending = ending;
        EndedAt = at;
    }

    internal void Decide(bool accept, string? note, Guid by, string byName, DateTime at)
    {
        Review = accept ? AmendmentReview.Accepted : AmendmentReview.Returned;
        ReviewNote = note;
        ReviewedBy = by;
        ReviewedByName = byName;
        ReviewedAt = at;
    }
}
