using Inspection.Api.Hosting;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Inspection.Api.Inspections.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Inspections.Findings;

/// <summary>
/// Findings as people read them, and disputes: the provider disputes a deficiency, the supervisor
/// upholds it or withdraws it; a withdrawn finding leaves the result, which is re-scored without it.
/// </summary>
public static class FindingEndpoints
{
    public static void MapFindings(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/findings", List).WithName("ListFindings")
            .WithSummary("List findings")
            .WithDescription("Each standard's finding: met, not met, incomplete or not judged, with the evidence and the rule that decided it, and the supervisor's amendment when one counts (status, scope and grade are the computed ones; amendment gives the amended ones).")
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/disputes", Disputes).WithName("ListDisputes")
            .WithSummary("List disputes")
            .WithDescription("The provider's disputes of findings and their decisions.")
            .ProducesProblem(404);
        group.MapPost("/{id:guid}/findings/{findingId:guid}/disputes", Dispute).WithName("DisputeFinding")
            .WithSummary("Dispute a finding")
            .WithDescription("The provider says why a deficiency is wrong; the supervisor decides.")
            .ProducesProblem(400).ProducesInspectionProblems();
        group.MapPost("/{id:guid}/disputes/{disputeId:guid}/decision", Decide).WithName("DecideDispute")
            .WithSummary("Decide a dispute")
            .WithDescription("The supervisor upholds the finding or withdraws it (a withdrawn finding leaves the result, which is scored again).")
            .ProducesProblem(400).ProducesInspectionProblems();
    }

    public static async Task<Results<Ok<List<FindingDto>>, ProblemHttpResult>> List(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var viewer = services.ViewerOf(inspection);
        var amended = inspection.Amendments.Where(a => a.IsCurrent).ToDictionary(a => a.FindingId);
        return TypedResults.Ok(inspection.Findings.OrderBy(f => f.StandardCode, StringComparer.Ordinal)
            .Select(f => services.Mapper.Map<FindingDto>(f, viewer) with { Amendment = amended.TryGetValue(f.Id, out var a) ? Amendments.AmendmentDto.Of(a) : null })
            .ToList());
    }

    public static async Task<Results<Ok<List<DisputeDto>>, ProblemHttpResult>> Disputes(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        return inspection is null
            ? Problems.NotFound("The inspection")
            : TypedResults.Ok(inspection.Disputes.OrderBy(d => d.RaisedAt).Select(d => services.Mapper.Map<DisputeDto>(d)).ToList());
    }

    public static async Task<Results<Created<DisputeDto>, ProblemHttpResult>> Dispute(
        Guid id, Guid findingId, DisputeRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (dispute, refusal) = inspection.RaiseDispute(services.Role, findingId, request.Reason!, services.UserId, services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (dispute is null)
        {
            return Problems.NotFound("The finding");
        }

        return await services.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Created($"/api/inspections/{id}/disputes", services.Mapper.Map<DisputeDto>(dispute));
    }

    /// <summary>Decides a dispute; a withdrawal re-scores the inspection without the finding and records why.</summary>
    public static async Task<Results<Ok<DisputeDto>, ProblemHttpResult>> Decide(
        Guid id, Guid disputeId, DisputeDecisionRequest request, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken)
    {
        if (request.Parsed is not { } decision)
        {
            return Problems.Invalid(nameof(request.Decision), "expected upheld or withdrawn");
        }

        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (dispute, refusal) = inspection.DecideDispute(services.Role, disputeId, decision, request.Note, services.UserId, services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (dispute is null)
        {
            return Problems.NotFound("The dispute");
        }

        var finding = inspection.Findings.Single(f => f.Id == dispute.FindingId);
        if (decision == DisputeDecision.Withdrawn)
        {
            inspection.Rescore(await services.Evaluator.EvaluateAsync(inspection, cancellationToken), $"finding {finding.StandardCode} withdrawn after a dispute", services.Now);
        }

        // The compliance report prints every dispute and its decision: a decided one makes a new edition.
        ReportJob.Request(jobs, services.Db, id, $"dispute of {finding.StandardCode} decided: {(decision == DisputeDecision.Withdrawn ? "finding withdrawn" : "finding upheld")}");

        return await services.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Ok(services.Mapper.Map<DisputeDto>(dispute));
    }
}
