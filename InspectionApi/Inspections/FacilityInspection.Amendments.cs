using Inspection.Api.Access;
using Inspection.Api.Inspections.Amendments;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Engine;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections;

/// <summary>The supervisor's professional judgment over computed findings, and the district's review of it.</summary>
public sealed partial class FacilityInspection
{
    private readonly List<Amendment> _amendments = [];

    /// <summary>Every amendment of this inspection's findings, current, replaced and withdrawn alike.</summary>
    public IReadOnlyList<Amendment> Amendments => _amendments;

    /// <summary>The amendments that count, by standard code, as the Engine applies them.</summary>
    public IReadOnlyDictionary<string, FindingAmendment> AmendedFindings =>
        _amendments.Where(a => a.IsCurrent).ToDictionary(a => a.StandardCode, a => a.ToEngine(), StringComparer.Ordinal);

    /// <summary>
    /// The inspection's supervisor (or an administrator) amends a computed finding of an evaluated full visit,
    /// before the report is issued (after issue, the provider disputes a finding and the supervisor decides
    /// the dispute). A reason and evidence (a note, attachments of this inspection, or both) are required; the
    /// amendment must change something and hold under the rule set's grid. A current amendment of the same
    /// finding is replaced (both stay recorded). The caller re-scores (<see cref="Rescore"/>).
    /// Returns null for both when there is no such finding.
    /// </summary>
    public (Amendment? Amendment, Refusal? Refusal) Amend(
        Role role, Guid findingId, FindingAmendment change, string? reason, string? evidence, IReadOnlyList<Guid> attachments, ICompiledRuleSet compiled,
        Guid by, string byName, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(compiled);
        if (!(role == Role.Administrator || (role == Role.Supervisor && SupervisorId == by)) || !IsFullVisit)
        {
            return (null, Refusal.NotAllowed("Only the inspection's own supervisor (or an administrator) amends the findings of a regular or unannounced visit."));
        }

        if (Status != InspectionStatus.Evaluated)
        {
            return (null, Refusal.NotNow($"findings are amended once the inspection is evaluated and until its report is issued; it is {Words(Status)}"
                + (Status > InspectionStatus.Evaluated ? ": after issue, the provider disputes a finding and the supervisor decides the dispute" : string.Empty)));
        }

        var finding = _findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return (null, Refusal.Invalid("reason", "say why the computed finding is amended"));
        }

        if (string.IsNullOrWhiteSpace(evidence) && attachments.Count == 0)
        {
            return (null, Refusal.Invalid("evidence", "name the evidence for the amendment: a note, attachments of this inspection, or both"));
        }

        if (change.Status == FindingStatus.NotMet && change.Scope is null && finding.Scope is null)
        {
            return (null, Refusal.Invalid("scope", $"{finding.StandardCode} was computed {Words(finding.Status)}: a finding amended to not met needs its scope (isolated, pattern or widespread)"));
        }

        var problems = compiled.Validate(new InspectionResponse(VisitDate ?? DateOnly.FromDateTime(at), new Dictionary<string, AnswerValue>(), [])
        {
            AmendedFindings = new Dictionary<string, FindingAmendment>(StringComparer.Ordinal) { [finding.StandardCode] = change },
        });
        if (problems.Count > 0)
        {
            var field = change.Grade is not null && problems.Any(p => p.Message.Contains("grade", StringComparison.Ordinal)) ? "grade" : "status";
            return (null, Refusal.Invalid(new Dictionary<string, string[]> { [field] = [.. problems.Select(p => p.Message)] }));
        }

        var unchanged = change.Status == finding.Status
            && (change.Status != FindingStatus.NotMet || ((change.Scope ?? finding.Scope) == finding.Scope && (change.Grade is null || change.Grade == finding.Grade)));
        if (unchanged && !_amendments.Any(a => a.FindingId == findingId && a.IsCurrent))
        {
            return (null, Refusal.Invalid("status", $"the amendment changes nothing: {finding.StandardCode} was computed {Words(finding.Status)}{(finding.Grade is { } g ? $", grade {g}" : string.Empty)}"));
        }

        foreach (var previous in _amendments.Where(a => a.FindingId == findingId && a.IsCurrent))
        {
            previous.End(AmendmentEnding.Replaced, at);
        }

        var amendment = new Amendment(Id, finding, change, reason.Trim(), string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim(), attachments, by, byName, at);
        _amendments.Add(amendment);
        Revision++;
        return (amendment, null);
    }

    /// <summary>
    /// The supervisor (or an administrator) withdraws the current amendment of a finding before the report is issued:
    /// the computed finding counts again; the amendment stays recorded. The caller re-scores.
    /// Returns null for both when the finding has no current amendment.
    /// </summary>
    public (Amendment? Amendment, Refusal? Refusal) WithdrawAmendment(Role role, Guid findingId, Guid by, DateTime at)
    {
        if (!(role == Role.Administrator || (role == Role.Supervisor && SupervisorId == by)))
        {
            return (null, Refusal.NotAllowed("Only the inspection's own supervisor (or an administrator) withdraws an amendment."));
        }

        if (Status != InspectionStatus.Evaluated)
        {
            return (null, Refusal.NotNow($"an amendment is withdrawn before the report is issued; the inspection is {Words(Status)}"));
        }

        var amendment = _amendments.FirstOrDefault(a => a.FindingId == findingId && a.IsCurrent);
        if (amendment is null)
        {
            return (null, null);
        }

        amendment.End(AmendmentEnding.Withdrawn, at);
        Revision++;
        return (amendment, null);
    }

    /// <summary>
    /// The district reviews the current amendment <paramref name="amendmentId"/>: another supervisor of the
    /// facility's district (never the one who made it) or an administrator accepts it, or returns it with a comment.
    /// A returned amendment still counts, but the report cannot be issued until the supervisor amends the finding
    /// again or withdraws the amendment. Reviewed until the inspection is closed (a return after issue is recorded
    /// beside the issued report; a change then goes through a dispute). Returns null for both when there is no such amendment.
    /// </summary>
    public (Amendment? Amendment, Refusal? Refusal) ReviewAmendment(
        Role role, string? district, Guid amendmentId, bool accept, string? note, Guid by, string byName, DateTime at)
    {
        var ofDistrict = role == Role.Supervisor && district is not null && district == Facility?.District;
        if (!(role == Role.Administrator || ofDistrict))
        {
            return (null, Refusal.NotAllowed("An amendment is reviewed by the district: a supervisor of the facility's district or an administrator."));
        }

        if (Status is InspectionStatus.Closed or InspectionStatus.Cancelled)
        {
            return (null, Refusal.NotNow($"the inspection is {Words(Status)}: its amendments can no longer be reviewed"));
        }

        var amendment = _amendments.FirstOrDefault(a => a.Id == amendmentId);
        if (amendment is null)
        {
            return (null, null);
        }

        if (amendment.AmendedBy == by)
        {
            return (null, Refusal.NotAllowed("An amendment is reviewed by someone other than the supervisor who made it."));
        }

        if (!amendment.IsCurrent)
        {
            return (null, Refusal.NotNow($"this amendment no longer counts ({(amendment.Ending == AmendmentEnding.Replaced ? "a later amendment replaced it" : "the supervisor withdrew it")}): review the current one"));
        }

        if (amendment.Review != AmendmentReview.Pending)
        {
            return (null, Refusal.NotNow($"this amendment was already reviewed: {amendment.Review.ToString().ToLowerInvariant()}"));
        }

        if (!accept && string.IsNullOrWhiteSpace(note))
        {
            return (null, Refusal.Invalid("note", "say why the amendment is returned"));
        }

        amendment.Decide(accept, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by, byName, at);
        Revision++;
        return (amendment, null);
    }

    /// <summary>
    /// After a re-score, records on each finding what the Engine made of its amendment (or that none counts any more),
    /// so that correction plans, follow-ups, comparisons and the next visit's consequences read the finding that counts.
    /// </summary>
    public void RecordAmendedFindings(InspectionEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var amended = evaluation.Result.Findings.Where(f => f.IsAmended).ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        foreach (var finding in _findings)
        {
            finding.Amended(amended.GetValueOrDefault(finding.StandardCode));
        }
    }

    /// <summary>What stands in the way of issuing the report: an amendment the district returned and the supervisor has not acted on.</summary>
    private Refusal? AmendmentGuard()
    {
        var returned = _amendments.Where(a => a.IsCurrent && a.Review == AmendmentReview.Returned).Select(a => a.StandardCode).Order(StringComparer.Ordinal).ToList();
        return returned.Count == 0 ? null
            : Refusal.NotNow($"the district returned the amendment of {string.Join(", ", returned)}: amend the finding again or withdraw the amendment before issuing the report",
                new Dictionary<string, object?> { ["returnedAmendments"] = returned });
    }
}
