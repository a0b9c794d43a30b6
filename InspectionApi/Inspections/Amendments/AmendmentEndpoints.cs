using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections.Amendments;

/// <summary>
/// Professional judgment: the inspection's supervisor amends a computed finding (with a reason and evidence)
/// before the report is issued, and the inspection is re-scored by the Engine with the amended finding; the
/// district accepts the amendment or returns it. Every amendment stays recorded (and audited).
/// </summary>
public static class AmendmentEndpoints
{
    public static void MapAmendments(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/amendments", List).WithName("ListAmendments")
            .WithSummary("List amendments")
            .WithDescription("Every amendment of the inspection's computed findings, oldest first: computed and amended status, scope and grade, reason, evidence, who and when, the district's review, and whether it still counts (a later amendment replaces an earlier one; a withdrawn one restores the computed finding).")
            .ProducesProblem(404);
        group.MapPost("/{id:guid}/findings/{findingId:guid}/amendment", Amend).WithName("AmendFinding")
            .WithSummary("Amend a computed finding")
            .WithDescription("The inspection's supervisor (or an administrator) amends a finding of an evaluated regular or unannounced visit before its report is issued: status (met, not-met, not-applicable), for a deficiency scope and grade, a reason, and evidence (a note and/or attachments of this inspection). The computed finding stays recorded beside it; an earlier amendment of the same finding is replaced but kept; the inspection is re-scored by the Engine with the amended finding and the change recorded. After issue, findings change only through a dispute.")
            .ProducesProblem(400).ProducesInspectionProblems();
        group.MapDelete("/{id:guid}/findings/{findingId:guid}/amendment", Withdraw).WithName("WithdrawAmendment")
            .WithSummary("Withdraw an amendment")
            .WithDescription("The supervisor withdraws the amendment of a finding before the report is issued: the computed finding counts again, the inspection is re-scored, and the amendment stays recorded as withdrawn.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/amendments/{amendmentId:guid}/review", Review).WithName("ReviewAmendment")
            .WithSummary("Review an amendment")
            .WithDescription("The district (a supervisor of the facility's district other than the one who amended, or an administrator) accepts the current amendment or returns it with a note. A returned amendment still counts, but the report cannot be issued until the supervisor amends the finding again or withdraws the amendment.")
            .ProducesProblem(400).ProducesInspectionProblems();
    }

    public static async Task<Results<Ok<List<AmendmentDto>>, ProblemHttpResult>> List(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        return inspection is null
            ? Problems.NotFound("The inspection")
            : TypedResults.Ok(inspection.Amendments.OrderBy(a => a.AmendedAt).ThenBy(a => a.Id).Select(AmendmentDto.Of).ToList());
    }

    /// <summary>Amends a finding and re-scores the inspection through the Engine, recording why the result changed.</summary>
    public static async Task<Results<Created<AmendmentDto>, ProblemHttpResult>> Amend(
        Guid id, Guid findingId, AmendFindingRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        if (request.ParsedStatus is not { } status)
        {
            return Problems.Invalid(nameof(request.Status), "expected met, not-met or not-applicable");
        }

        if (request.Scope is not null && request.ParsedScope is null)
        {
            return Problems.Invalid(nameof(request.Scope), "expected isolated, pattern or widespread");
        }

        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var attachments = request.Attachments?.Distinct().ToList() ?? [];
        var known = await services.Db.Attachments.Where(a => a.InspectionId == id && attachments.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        if (attachments.Except(known).ToList() is { Count: > 0 } unknown)
        {
            return Problems.Invalid(nameof(request.Attachments), $"not attachments of this inspection: {string.Join(", ", unknown)}");
        }

        var (_, compiled) = services.Library.Get(inspection.RuleSetVersion!);
        var name = await NameAsync(services, cancellationToken);
        var change = new FindingAmendment(status, request.ParsedScope, string.IsNullOrWhiteSpace(request.Grade) ? null : request.Grade.Trim());
        var (amendment, refusal) = inspection.Amend(services.Role, findingId, change, request.Reason, request.Evidence, attachments, compiled, services.UserId, name, services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (amendment is null)
        {
            return Problems.NotFound("The finding");
        }

        await RescoreAsync(inspection, $"finding {amendment.StandardCode} amended by the supervisor: {Words(amendment.ComputedStatus)} -> {Words(amendment.Status)}", services, cancellationToken);
        return await services.SaveAsync(cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Created($"/api/inspections/{id}/amendments", AmendmentDto.Of(amendment));
    }

    public static async Task<Results<Ok<AmendmentDto>, ProblemHttpResult>> Withdraw(
        Guid id, Guid findingId, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (amendment, refusal) = inspection.WithdrawAmendment(services.Role, findingId, services.UserId, services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (amendment is null)
        {
            return Problems.NotFound("The amendment of this finding");
        }

        await RescoreAsync(inspection, $"amendment of finding {amendment.StandardCode} withdrawn by the supervisor: the computed finding ({Words(amendment.ComputedStatus)}) counts again", services, cancellationToken);
        return await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Ok(AmendmentDto.Of(amendment));
    }

    public static async Task<Results<Ok<AmendmentDto>, ProblemHttpResult>> Review(
        Guid id, Guid amendmentId, ReviewAmendmentRequest request, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken)
    {
        if (request.Accepts is not { } accept)
        {
            return Problems.Invalid(nameof(request.Decision), "expected accept or return");
        }

        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (amendment, refusal) = inspection.ReviewAmendment(
            services.Role, services.User.District, amendmentId, accept, request.Note, services.UserId, await NameAsync(services, cancellationToken), services.Now);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        if (amendment is null)
        {
            return Problems.NotFound("The amendment");
        }

        if (inspection.Status > InspectionStatus.Evaluated)
        {
            // The issued compliance report prints each amendment's review: a review after issue makes a new edition.
            ReportJob.Request(jobs, services.Db, id, $"amendment of {amendment.StandardCode} {(accept ? "accepted" : "returned")} by the district");
        }

        return await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Ok(AmendmentDto.Of(amendment));
    }

    /// <summary>Re-scores through the same path a withdrawn dispute takes (the Engine, with the amendments that count), and records each finding as amended.</summary>
    private static async Task RescoreAsync(FacilityInspection inspection, string reason, InspectionServices services, CancellationToken cancellationToken)
    {
        var evaluation = await services.Evaluator.EvaluateAsync(inspection, cancellationToken);
        inspection.Rescore(evaluation, reason, services.Now);
        inspection.RecordAmendedFindings(evaluation);
    }

    private static async Task<string> NameAsync(InspectionServices services, CancellationToken cancellationToken) =>
        await services.Db.Users.Where(u => u.Id == services.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? services.User.UserName ?? string.Empty;

    private static string Words(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => "not met",
        FindingStatus.NotApplicable => "not applicable",
        _ => status.ToString().ToLowerInvariant(),
    };
}
