using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Standards.Loading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>Findings with their evidence, and disputes: the provider disputes, the supervisor upholds or withdraws.</summary>
public static class FindingEndpoints
{
    public static void MapFindings(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/findings", List);
        group.MapGet("/{id:guid}/disputes", Disputes);
        group.MapPost("/{id:guid}/findings/{findingId:guid}/disputes", Dispute);
        group.MapPost("/{id:guid}/disputes/{disputeId:guid}/decision", Decide);
    }

    public static async Task<Results<Ok<List<FindingDto>>, ProblemHttpResult>> List(Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var findings = await db.Findings.Where(f => f.InspectionId == id).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(findings.OrderBy(f => f.StandardCode, StringComparer.Ordinal).Select(ToDto).ToList());
    }

    public static async Task<Results<Ok<List<DisputeDto>>, ProblemHttpResult>> Disputes(Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var disputes = await db.Disputes.Where(d => d.InspectionId == id).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(disputes.OrderBy(d => d.RaisedAt).Select(ToDto).ToList());
    }

    public static async Task<Results<Created<DisputeDto>, ProblemHttpResult>> Dispute(
        Guid id, Guid findingId, DisputeRequest request, InspectionDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 4000)
        {
            return Problems.Invalid(nameof(request.Reason), "say why the finding is wrong (at most 4000 characters)");
        }

        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (!access.IsProviderOf(inspection.Facility!) || inspection.Kind == InspectionKind.SelfAssessment)
        {
            return Problems.Forbidden("Only the facility's provider disputes the findings of an external inspection.");
        }

        if (inspection.Status is not (InspectionStatus.ReportIssued or InspectionStatus.CorrectionPlanSubmitted))
        {
            return Problems.Conflict($"findings can be disputed once the report is issued and until the correction plan is approved; the inspection is {inspection.Status}");
        }

        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId && f.InspectionId == id, cancellationToken);
        if (finding is null)
        {
            return Problems.NotFound("The finding");
        }

        if (await db.Disputes.AnyAsync(d => d.FindingId == findingId && d.Decision == null, cancellationToken))
        {
            return Problems.Conflict("this finding already has an open dispute");
        }

        var dispute = new FindingDispute(findingId, id, request.Reason.Trim(), access.User.Id ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        db.Disputes.Add(dispute);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/inspections/{id}/disputes", ToDto(dispute));
    }

    public static async Task<Results<Ok<DisputeDto>, ProblemHttpResult>> Decide(
        Guid id, Guid disputeId, DisputeDecisionRequest request, InspectionDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<DisputeDecision>(request.Decision, ignoreCase: true, out var decision))
        {
            return Problems.Invalid(nameof(request.Decision), "expected upheld or withdrawn");
        }

        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (access.User.Role is not (Role.Supervisor or Role.Administrator))
        {
            return Problems.Forbidden("Only the supervisor decides a dispute.");
        }

        var dispute = await db.Disputes.SingleOrDefaultAsync(d => d.Id == disputeId && d.InspectionId == id, cancellationToken);
        if (dispute is null)
        {
            return Problems.NotFound("The dispute");
        }

        if (dispute.Decision is not null)
        {
            return Problems.Conflict($"this dispute was already decided: {dispute.Decision}");
        }

        dispute.Decide(decision, request.Note?.Trim(), access.User.Id ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        if (decision == DisputeDecision.Withdrawn)
        {
            var finding = await db.Findings.SingleAsync(f => f.Id == dispute.FindingId, cancellationToken);
            finding.Withdraw();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToDto(dispute));
    }

    internal static FindingDto ToDto(FindingRecord f) =>
        new(f.Id, f.StandardCode, f.Domain, CatalogNames.Of(f.Level), f.Status.ToString(), CatalogNames.Of(f.Severity),
            f.Scope is { } scope ? CatalogNames.Of(scope) : null, f.Grade, f.ImmediateJeopardy, f.Rate, f.Withdrawn,
            JsonDocument.Parse(f.EvidenceJson).RootElement.Clone());

    private static DisputeDto ToDto(FindingDispute d) =>
        new(d.Id, d.FindingId, d.InspectionId, d.Reason, d.RaisedAt, d.Decision?.ToString(), d.DecisionNote, d.DecidedAt);
}
