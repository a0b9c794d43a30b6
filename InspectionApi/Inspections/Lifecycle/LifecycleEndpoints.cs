using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// Moving an inspection through its lifecycle. Each handler loads the inspection the caller may see,
/// applies the action through the aggregate (which refuses an illegal move with the reason and the
/// possible moves), saves and maps.
/// </summary>
public static class LifecycleEndpoints
{
    public static void MapLifecycle(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/start", Start).WithName("StartInspection")
            .WithSummary("Start the inspection")
            .WithDescription("A planned inspection starts: answers are being collected.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/submit", Submit).WithName("SubmitInspection")
            .WithSummary("Submit the answers")
            .WithDescription("Freezes the answers for evaluation after a completeness check: standards that cannot be judged yet are listed with what they need, and the submission is refused unless ?acceptIncomplete=true. The submission asks the job server to evaluate the inspection (setting Evaluation:OnSubmit, on by default): the answer says `evaluation.state` Pending; poll GET /api/inspections/{id} until `status` is Evaluated, or `evaluation.state` is Failed (with `lastError`; evaluate explicitly or reopen). Failed attempts are retried with back-off and are in the job-run log.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/reopen", Reopen).WithName("ReopenInspection")
            .WithSummary("Reopen the inspection")
            .WithDescription("A submitted inspection takes answers again.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/evaluate", Evaluate).WithName("EvaluateInspection")
            .WithSummary("Evaluate the inspection")
            .WithDescription("The Engine evaluates the submitted answers against the rule set into findings, grades, scores and the rating, at once; the evaluation the submission asked the job server for then has nothing left to do. Also the way to evaluate again after the job failed for good. On an inspection the job has already evaluated (and nothing since), answers 200 with it as it stands, so clients that submit then evaluate keep working.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/issue-report", IssueReport).WithName("IssueInspectionReport")
            .WithSummary("Issue the report")
            .WithDescription("The evaluated result is issued to the provider; the reports are rendered in the background.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/close", Close).WithName("CloseInspection")
            .WithSummary("Close the inspection")
            .WithDescription("Closes an inspection whose report is issued, whose correction plan is approved or whose follow-up is scheduled (a self-assessment once evaluated); nothing about it changes after.")
            .ProducesInspectionProblems();
        group.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelInspection")
            .WithSummary("Cancel the inspection")
            .WithDescription("A planned inspection is cancelled, with the reason given.")
            .ProducesInspectionProblems().ProducesProblem(400);
        group.MapPost("/{id:guid}/follow-up", ScheduleFollowUp).WithName("ScheduleFollowUp")
            .WithSummary("Schedule a follow-up visit")
            .WithDescription("Plans a follow-up inspection of the same facility to check the deficiencies found.")
            .ProducesInspectionProblems().ProducesProblem(400);
        group.MapPost("/{id:guid}/reschedule", Reschedule).WithName("RescheduleInspection")
            .WithSummary("Move a planned visit")
            .WithDescription("A supervisor moves a planned visit to another day or supervisor; refused with 409 when that supervisor already has a visit that day. The planner keeps what is set here.")
            .ProducesInspectionProblems().ProducesProblem(400);
    }

    /// <summary>
    /// A supervisor moves a planned visit to another day (or supervisor); refused when that supervisor already
    /// has a visit that day. The planner keeps the date and supervisor set here.
    /// </summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (request.SupervisorId is { } assigned && !await services.IsSupervisorAsync(assigned, cancellationToken))
        {
            return Problems.Invalid(nameof(request.SupervisorId), "a visit can only be given to a supervisor");
        }

        if (inspection.Reschedule(services.Role, request.PlannedDate!.Value, request.SupervisorId, services.Today) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var supervisor = inspection.SupervisorId;
        var date = inspection.PlannedDate;
        if (supervisor is not null && await services.Db.Inspections.AnyAsync(
            i => i.Id != id && i.SupervisorId == supervisor && i.PlannedDate == date && i.Status != InspectionStatus.Cancelled && i.Kind != InspectionKind.SelfAssessment,
            cancellationToken))
        {
            return Problems.Conflict($"the supervisor already has a visit on {date:yyyy-MM-dd}; choose another day or supervisor");
        }

        return await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Ok(services.Detail(inspection));
    }

    public static Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Start(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, LifecycleAction.Start, null, services, cancellationToken);

    public static Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Reopen(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, LifecycleAction.Reopen, null, services, cancellationToken);

    /// <summary>Issues the report; the report job writes its first edition once this is saved.</summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> IssueReport(
        Guid id, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var outcome = inspection.Apply(LifecycleAction.IssueReport, services.Role, services.Now);
        if (outcome.Succeeded)
        {
            ReportJob.Request(jobs, services.Db, id, "report issued");
        }

        return await SaveAsync(inspection, outcome, services, cancellationToken);
    }

    public static Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Close(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, LifecycleAction.Close, null, services, cancellationToken);

    public static Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Cancel(
        Guid id, CancelInspectionRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, LifecycleAction.Cancel, request.Reason, services, cancellationToken);

    /// <summary>
    /// Freezes the answers after a completeness check: standards that cannot be judged yet are listed
    /// with what they need, and the submission is refused unless <paramref name="acceptIncomplete"/>.
    /// </summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Submit(
        Guid id, bool? acceptIncomplete, [AsParameters] InspectionServices services, JobOutbox jobs, IOptions<EvaluationOptions> evaluation, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var outcome = inspection.Submit(services.Role, await services.Evaluator.EvaluateAsync(inspection, cancellationToken), acceptIncomplete == true);
        if (outcome.Succeeded && evaluation.Value.OnSubmit)
        {
            EvaluationJob.Request(jobs, services.Db, inspection, services.Now);
        }

        return await SaveAsync(inspection, outcome, services, cancellationToken);
    }

    /// <summary>Runs the Engine on the submitted answers and stores the result; a follow-up updates the deficiencies it re-checked.</summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Evaluate(
        Guid id, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        // The job the submission asked for got there first: the answers are evaluated, as the caller wants.
        if (inspection.EvaluatedOnSubmit && InspectionLifecycle.MayAct(services.Role, inspection.Kind, LifecycleAction.Evaluate))
        {
            return TypedResults.Ok(services.Detail(inspection));
        }

        var outcome = inspection.Evaluate(services.Role, await services.Evaluator.EvaluateAsync(inspection, cancellationToken), services.Now);
        if (outcome.Succeeded)
        {
            await EvaluationJob.ApplyToFollowedAsync(inspection, services.Db, jobs, cancellationToken);
        }

        return await SaveAsync(inspection, outcome, services, cancellationToken);
    }

    /// <summary>Plans the follow-up that verifies an approved correction plan; answers with the follow-up.</summary>
    public static async Task<Results<Created<InspectionDto>, ProblemHttpResult>> ScheduleFollowUp(
        Guid id, ScheduleFollowUpRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (request.SupervisorId is { } assigned && !await services.IsSupervisorAsync(assigned, cancellationToken))
        {
            return Problems.Invalid(nameof(request.SupervisorId), "the follow-up can only be assigned to a supervisor");
        }

        var (outcome, followUp) = inspection.ScheduleFollowUp(services.Role, request.PlannedDate!.Value, services.Today, request.SupervisorId, services.UserId);
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        services.Db.Inspections.Add(followUp!);
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/inspections/{followUp!.Id}", services.Detail(followUp));
    }

    private static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> ApplyAsync(
        Guid id, LifecycleAction action, string? note, InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        return await SaveAsync(inspection, inspection.Apply(action, services.Role, services.Now, note), services, cancellationToken);
    }

    private static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> SaveAsync(
        FacilityInspection inspection, LifecycleOutcome outcome, InspectionServices services, CancellationToken cancellationToken)
    {
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        return await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Ok(await services.DetailAsync(inspection, cancellationToken));
    }
}
