using Inspection.Api.Corrections;
using Inspection.Api.Data;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Amendments;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Inspections.Strengths;
using Inspection.Api.RuleSets;
using Inspection.Engine.Findings;
using Inspection.Reports.Building;
using Inspection.Reports.Models;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Reports;

/// <summary>
/// Builds each report's model from the database. The inspection's stored answers are evaluated again
/// with its own rule-set version (compiled once and cached by <see cref="RuleSetLibrary"/>), so the
/// Reports builder gets the Engine's full result; for the inspection a report is about, that result
/// must agree with the one stored (<see cref="ReportSourceMismatchException"/> otherwise).
/// </summary>
public sealed class ReportSources(InspectionDbContext db, InspectionEvaluator evaluator, RuleSetLibrary library, TimeProvider clock, InspectionStrengths strengths)
{
    private readonly Dictionary<Guid, string> _names = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Why <paramref name="report"/> cannot be written for <paramref name="inspection"/> now; null when it can.</summary>
    public static string? Unavailable(FacilityInspection inspection, ReportKind report)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var external = inspection.Kind is InspectionKind.Regular or InspectionKind.Unannounced;
        var evaluated = inspection.EvaluatedAt is not null && inspection.Status is not (InspectionStatus.Planned or InspectionStatus.InProgress or InspectionStatus.Submitted or InspectionStatus.Cancelled);
        return report switch
        {
            ReportKind.Compliance or ReportKind.Improvement when !external => "this report is written for a regular or unannounced inspection",
            ReportKind.Compliance or ReportKind.Improvement when !evaluated || inspection.Status == InspectionStatus.Evaluated =>
                "the report of this inspection has not been issued yet",
            ReportKind.SelfAssessment when inspection.Kind != InspectionKind.SelfAssessment => "this report is written for a self-assessment",
            ReportKind.SelfAssessment when !evaluated => "the self-assessment has not been evaluated yet",
            ReportKind.PreparationBrief when !external => "a preparation brief is written for a regular or unannounced visit",
            ReportKind.PreparationBrief when inspection.Status is not (InspectionStatus.Planned or InspectionStatus.InProgress) =>
                "a preparation brief is written before the visit (the inspection is planned or in progress)",
            _ => null,
        };
    }

    /// <summary>The inspection with everything a report reads; null when there is none.</summary>
    public Task<FacilityInspection?> LoadAsync(Guid inspectionId, CancellationToken cancellationToken) =>
        Full(db.Inspections).SingleOrDefaultAsync(i => i.Id == inspectionId, cancellationToken);

    /// <summary>The model of <paramref name="report"/> for <paramref name="inspection"/> (loaded by <see cref="LoadAsync"/>), issued today.</summary>
    public async Task<object> BuildAsync(FacilityInspection inspection, ReportKind report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (Unavailable(inspection, report) is { } reason)
        {
            throw new InvalidOperationException($"Inspection {inspection.Id}: {reason}.");
        }

        return report switch
        {
            ReportKind.Compliance => await ComplianceAsync(inspection, cancellationToken),
            ReportKind.Improvement => await ImprovementAsync(inspection, cancellationToken),
            ReportKind.SelfAssessment => await SelfAssessmentAsync(inspection, cancellationToken),
            _ => await BriefAsync(inspection, cancellationToken),
        };
    }

    public async Task<ComplianceReport> ComplianceAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var (builder, result) = await CheckedAsync(inspection, cancellationToken);
        var visit = await VisitAsync(inspection, builder, result, cancellationToken);
        var signatures = new List<SignatureLine>
        {
            new(new LocalizedText("המפקח/ת", "Supervisor"), visit.Inspectors.Count > 0 ? visit.Inspectors[0] : string.Empty, visit.IssuedOn),
            new(new LocalizedText("נציג/ת המוסד", "For the facility"), inspection.Facility!.Operator?.Name ?? string.Empty, null),
        };
        return builder.Compliance(result, visit, Census(inspection), await DisputesAsync(inspection, builder, open: false, cancellationToken), signatures) with
        {
            Amendments = AmendmentLines(inspection, builder),
            Strengths = await StrengthsAsync(inspection, builder.RuleSet, withPractices: false, cancellationToken),
        };
    }

    public async Task<ImprovementReport> ImprovementAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var (builder, result) = await CheckedAsync(inspection, cancellationToken);
        var visit = await VisitAsync(inspection, builder, result, cancellationToken);
        var actions = await ActionsAsync(inspection, PlanPurpose.Correction, cancellationToken);
        var followUp = await LastFollowUpAsync(inspection.Id, cancellationToken);
        var earlier = await ExternalBeforeAsync(inspection, 2, cancellationToken);
        return builder.Improvement(result, visit, Today, actions, followUp,
            earlier.ElementAtOrDefault(0) is { } previous ? await ResultAsync(previous, cancellationToken) : null,
            earlier.ElementAtOrDefault(1) is { } beforePrevious ? await ResultAsync(beforePrevious, cancellationToken) : null) with
        {
            Strengths = await StrengthsAsync(inspection, builder.RuleSet, withPractices: true, cancellationToken),
        };
    }

    /// <summary>The inspection's strengths as the API names them, with what the provider recorded for each when asked.</summary>
    private async Task<IReadOnlyList<StrengthLine>> StrengthsAsync(FacilityInspection inspection, RuleSet ruleSet, bool withPractices, CancellationToken cancellationToken)
    {
        var found = await strengths.FindAsync(inspection, ruleSet, cancellationToken);
        var practices = withPractices && found.Count > 0 ? await strengths.PracticesAsync([inspection.Id], cancellationToken) : [];
        return StrengthLines.Of(found, ruleSet, s => practices.FirstOrDefault(p => p.Kind == s.Kind && p.Subject == s.Subject)?.Text);
    }

    public async Task<SelfAssessmentReport> SelfAssessmentAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var (builder, result) = await CheckedAsync(inspection, cancellationToken);
        var visit = await VisitAsync(inspection, builder, result, cancellationToken);
        var plan = await ActionsAsync(inspection, PlanPurpose.Improvement, cancellationToken);
        var last = (await ExternalBeforeAsync(inspection, 1, cancellationToken)).FirstOrDefault();
        return builder.SelfAssessment(result, visit, plan, last is null ? null : await ResultAsync(last, cancellationToken));
    }

    public async Task<PreparationBrief> BriefAsync(FacilityInspection planned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var (ruleSet, _) = library.Get(planned.RuleSetVersion!);
        var builder = new ReportModelBuilder(ruleSet);
        var past = await Full(db.Inspections)
            .Where(i => i.FacilityId == planned.FacilityId && i.Id != planned.Id && i.Kind != InspectionKind.FollowUp && i.EvaluatedAt != null
                && i.Status != InspectionStatus.Cancelled && i.Status != InspectionStatus.Evaluated)
            .ToListAsync(cancellationToken);
        var history = new List<(InspectionResult, VisitKind)>();
        foreach (var earlier in past.OrderBy(i => i.VisitDate ?? i.PlannedDate).ThenBy(i => i.EvaluatedAt))
        {
            history.Add((await ResultAsync(earlier, cancellationToken), Kind(earlier.Kind)));
        }

        var lastExternal = past.Where(i => i.Kind is InspectionKind.Regular or InspectionKind.Unannounced).MaxBy(i => i.VisitDate ?? i.PlannedDate);
        var actions = lastExternal is null ? new Dictionary<string, IReadOnlyList<CorrectionActionLine>>() : await ActionsAsync(lastExternal, PlanPurpose.Correction, cancellationToken);
        var followUp = lastExternal is null ? null : await LastFollowUpAsync(lastExternal.Id, cancellationToken);
        var openDisputes = new List<DisputeLine>();
        foreach (var inspection in past.Where(i => i.Disputes.Any(d => d.Decision is null)))
        {
            openDisputes.AddRange(await DisputesAsync(inspection, new ReportModelBuilder(library.Get(inspection.RuleSetVersion!).RuleSet), open: true, cancellationToken));
        }

        var visit = await VisitAsync(planned, builder, reference: null, cancellationToken);
        CensusLine? census = lastExternal is null || lastExternal.Census.Count == 0
            ? null
            : new CensusLine(lastExternal.VisitDate ?? lastExternal.PlannedDate, [.. lastExternal.Census.Select(c => new Inspection.Reports.Models.TracerCount(
                c.TracerCode, ruleSet.Tracers.FirstOrDefault(t => t.Code == c.TracerCode)?.Title ?? new LocalizedText(c.TracerCode, c.TracerCode), c.Residents))]);
        return builder.Brief(visit, history, actions, followUp, openDisputes, census);
    }

    /// <summary>The Engine's result for the inspection's stored answers, checked against the stored result.</summary>
    private async Task<(ReportModelBuilder Builder, InspectionResult Result)> CheckedAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        var evaluation = await evaluator.EvaluateAsync(inspection, cancellationToken);
        var result = evaluation.Result;
        var differences = new List<string>();
        foreach (var stored in inspection.Findings.Where(f => !f.Withdrawn))
        {
            if (result.For(stored.StandardCode) is not { } found)
            {
                differences.Add($"{stored.StandardCode} is stored but no longer evaluated");
            }
            else if (found.Status != stored.CountedStatus)
            {
                differences.Add($"{stored.StandardCode} is stored {stored.CountedStatus} but evaluates {found.Status}");
            }
        }

        if (evaluation.IsScored && inspection.Findings.Count > 0 && (result.OverallScore != inspection.OverallScore || result.Rating?.Band.Code != inspection.Rating))
        {
            differences.Add($"stored score {inspection.OverallScore} and rating {inspection.Rating ?? "none"}, evaluated {result.OverallScore} and {result.Rating?.Band.Code ?? "none"}");
        }

        return differences.Count > 0
            ? throw new ReportSourceMismatchException(inspection.Id, string.Join("; ", differences))
            : (new ReportModelBuilder(evaluation.RuleSet), result);
    }

    private async Task<InspectionResult> ResultAsync(FacilityInspection inspection, CancellationToken cancellationToken) =>
        (await evaluator.EvaluateAsync(inspection, cancellationToken)).Result;

    private async Task<FacilityVisit> VisitAsync(FacilityInspection inspection, ReportModelBuilder builder, InspectionResult? reference, CancellationToken cancellationToken)
    {
        var facility = inspection.Facility!;
        var version = inspection.RuleSetVersion!;
        var inspectors = inspection.Kind == InspectionKind.SelfAssessment
            ? [await NameAsync(inspection.CreatedBy, cancellationToken)]
            : inspection.SupervisorId is { } supervisor ? new List<string> { await NameAsync(supervisor, cancellationToken) } : [];
        return new FacilityVisit(
            facility.Name,
            facility.LicenceNumber,
            facility.Operator?.Name ?? string.Empty,
            facility.District,
            builder.RuleSet.Title,
            Kind(inspection.Kind),
            [inspection.VisitDate ?? inspection.PlannedDate],
            inspectors,
            reference is null ? new RuleSetReference(version.RuleSetId, version.Version, version.ContentHash, builder.RuleSet.Title) : builder.Reference(reference),
            Today);
    }

    private static Dictionary<string, int> Census(FacilityInspection inspection) =>
        inspection.Census.ToDictionary(c => c.TracerCode, c => c.Residents, StringComparer.Ordinal);

    private async Task<List<DisputeLine>> DisputesAsync(FacilityInspection inspection, ReportModelBuilder builder, bool open, CancellationToken cancellationToken)
    {
        var lines = new List<DisputeLine>();
        foreach (var dispute in inspection.Disputes.Where(d => !open || d.Decision is null).OrderBy(d => d.RaisedAt))
        {
            var code = inspection.Findings.Single(f => f.Id == dispute.FindingId).StandardCode;
            var title = builder.RuleSet.Standards.FirstOrDefault(s => s.Code == code)?.Title ?? new LocalizedText(code, code);
            lines.Add(new DisputeLine(
                code,
                title,
                await NameAsync(dispute.RaisedBy, cancellationToken),
                DateOnly.FromDateTime(dispute.RaisedAt),
                dispute.Reason,
                dispute.Decision switch
                {
                    null => DisputeOutcome.Pending,
                    DisputeDecision.Withdrawn => DisputeOutcome.Upheld,
                    _ => DisputeOutcome.Rejected,
                },
                dispute.DecidedAt is { } decided ? DateOnly.FromDateTime(decided) : null,
                dispute.DecidedBy is { } by ? await NameAsync(by, cancellationToken) : null,
                dispute.DecisionNote));
        }

        return lines;
    }

    /// <summary>The amendments that count, as the compliance report prints them (names as recorded when amended and reviewed).</summary>
    private static List<AmendmentLine> AmendmentLines(FacilityInspection inspection, ReportModelBuilder builder) =>
        [.. inspection.Amendments.Where(a => a.IsCurrent).OrderBy(a => a.StandardCode, StringComparer.Ordinal).Select(a => new AmendmentLine(
            a.StandardCode,
            builder.RuleSet.Standards.FirstOrDefault(s => s.Code == a.StandardCode)?.Title ?? new LocalizedText(a.StandardCode, a.StandardCode),
            a.ComputedStatus,
            a.ComputedGrade,
            a.Status,
            inspection.Findings.FirstOrDefault(f => f.Id == a.FindingId)?.AmendedGrade,
            a.Reason,
            a.Evidence,
            a.AttachmentIds.Count,
            a.AmendedByName,
            DateOnly.FromDateTime(a.AmendedAt),
            a.Review switch
            {
                AmendmentReview.Accepted => AmendmentReviewState.Accepted,
                AmendmentReview.Returned => AmendmentReviewState.Returned,
                _ => AmendmentReviewState.Pending,
            },
            a.ReviewedByName,
            a.ReviewedAt is { } reviewed ? DateOnly.FromDateTime(reviewed) : null,
            a.ReviewNote))];

    /// <summary>The plan's actions by standard code; an action whose deficiency a follow-up resolved is verified.</summary>
    private async Task<Dictionary<string, IReadOnlyList<CorrectionActionLine>>> ActionsAsync(FacilityInspection inspection, PlanPurpose purpose, CancellationToken cancellationToken)
    {
        var plan = await db.CorrectionPlans.AsNoTracking().Include(p => p.Actions)
            .SingleOrDefaultAsync(p => p.InspectionId == inspection.Id && p.Purpose == purpose, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var findings = inspection.Findings.ToDictionary(f => f.Id);
        return plan.Actions
            .Where(a => findings.ContainsKey(a.FindingId))
            .GroupBy(a => findings[a.FindingId].StandardCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CorrectionActionLine>)[.. g.OrderBy(a => a.DueDate).Select(a => new CorrectionActionLine(
                    a.Description,
                    a.Owner,
                    a.DueDate,
                    findings[a.FindingId].Standing == DeficiencyStanding.Resolved ? CorrectionActionStatus.Verified
                        : plan.Status == CorrectionPlanStatus.Approved ? CorrectionActionStatus.InProgress
                        : CorrectionActionStatus.Planned,
                    null))],
                StringComparer.Ordinal);
    }

    private async Task<InspectionResult?> LastFollowUpAsync(Guid inspectionId, CancellationToken cancellationToken)
    {
        var followUp = await Full(db.Inspections)
            .Where(i => i.FollowUpOfId == inspectionId && i.EvaluatedAt != null)
            .OrderByDescending(i => i.EvaluatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return followUp is null ? null : await ResultAsync(followUp, cancellationToken);
    }

    /// <summary>The facility's evaluated external inspections visited before <paramref name="inspection"/>, newest first.</summary>
    private async Task<List<FacilityInspection>> ExternalBeforeAsync(FacilityInspection inspection, int count, CancellationToken cancellationToken)
    {
        var date = inspection.VisitDate ?? inspection.PlannedDate;
        var earlier = await Full(db.Inspections)
            .Where(i => i.FacilityId == inspection.FacilityId && i.Id != inspection.Id && i.EvaluatedAt != null
                && (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced) && i.Status != InspectionStatus.Cancelled)
            .ToListAsync(cancellationToken);
        return [.. earlier.Where(i => (i.VisitDate ?? i.PlannedDate) <= date).OrderByDescending(i => i.VisitDate ?? i.PlannedDate).ThenByDescending(i => i.EvaluatedAt).Take(count)];
    }

    private async Task<string> NameAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(userId, out var name))
        {
            name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
            _names[userId] = name;
        }

        return name;
    }

    private static VisitKind Kind(InspectionKind kind) => kind switch
    {
        InspectionKind.Unannounced => VisitKind.Unannounced,
        InspectionKind.FollowUp => VisitKind.FollowUp,
        InspectionKind.SelfAssessment => VisitKind.SelfAssessment,
        _ => VisitKind.Regular,
    };

    private static IQueryable<FacilityInspection> Full(IQueryable<FacilityInspection> inspections) =>
        inspections
            .Include(i => i.Facility).ThenInclude(f => f!.Operator)
            .Include(i => i.RuleSetVersion)
            .Include(i => i.Answers)
            .Include(i => i.Residents).ThenInclude(r => r.Answers)
            .Include(i => i.Census)
            .Include(i => i.Findings)
            .Include(i => i.Disputes)
            .Include(i => i.Amendments)
            .Include(i => i.DomainScores)
            .AsSplitQuery();
}
