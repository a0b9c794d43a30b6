using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.Jobs;
using Inspection.Api.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Corrections;

/// <summary>
/// The provider's plans. A correction plan answers the deficiencies of an external inspection: the
/// provider writes it (versioned, so two editors never overwrite each other) and submits it; the
/// supervisor approves it or returns it with a note. An improvement plan is the provider's own, after
/// a self-assessment: written and kept, never reviewed and never part of official results.
/// </summary>
public static class CorrectionPlanEndpoints
{
    public static void MapCorrectionPlans(this IEndpointRouteBuilder app)
    {
        var correction = app.MapGroup("/api/inspections/{id:guid}/correction-plan").WithTags("Correction plans").RequireAuthorization();
        correction.MapGet("/", GetCorrectionPlan).WithName("GetCorrectionPlan")
            .WithSummary("Get the correction plan")
            .WithDescription("What the provider will do about each deficiency, by whom and by when, with its review status.")
            .ProducesProblem(404);
        correction.MapPut("/", SaveCorrectionPlan).WithName("SaveCorrectionPlan")
            .WithSummary("Save the correction plan")
            .WithDescription("Replaces the plan's actions. Send the plan's current version (0 for a new plan); an older one answers 409.")
            .ProducesProblem(400).ProducesInspectionProblems();
        correction.MapPost("/submit", Submit).WithName("SubmitCorrectionPlan")
            .WithSummary("Submit the correction plan")
            .WithDescription("The provider submits the plan for the supervisor's review.")
            .ProducesInspectionProblems();
        correction.MapPost("/approve", Approve).WithName("ApproveCorrectionPlan")
            .WithSummary("Approve the correction plan")
            .WithDescription("The supervisor approves the submitted plan.")
            .ProducesInspectionProblems();
        correction.MapPost("/return", Return).WithName("ReturnCorrectionPlan")
            .WithSummary("Return the correction plan")
            .WithDescription("The supervisor returns the plan to the provider with what to change.")
            .ProducesProblem(400).ProducesInspectionProblems();

        var improvement = app.MapGroup("/api/inspections/{id:guid}/improvement-plan").WithTags("Correction plans").RequireAuthorization();
        improvement.MapGet("/", GetImprovementPlan).WithName("GetImprovementPlan")
            .WithSummary("Get the improvement plan")
            .WithDescription("What the provider will do about standards graded below the top, by whom and by when.")
            .ProducesProblem(404);
        improvement.MapPut("/", SaveImprovementPlan).WithName("SaveImprovementPlan")
            .WithSummary("Save the improvement plan")
            .WithDescription("Replaces the plan's actions. Send the plan's current version (0 for a new plan); an older one answers 409.")
            .ProducesProblem(400).ProducesInspectionProblems();
    }

    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> GetCorrectionPlan(
        Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        GetAsync(id, PlanPurpose.Correction, services, cancellationToken);

    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> GetImprovementPlan(
        Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        GetAsync(id, PlanPurpose.Improvement, services, cancellationToken);

    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> SaveCorrectionPlan(
        Guid id, SaveCorrectionPlanRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        SaveAsync(id, PlanPurpose.Correction, request, services, cancellationToken);

    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> SaveImprovementPlan(
        Guid id, SaveCorrectionPlanRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        SaveAsync(id, PlanPurpose.Improvement, request, services, cancellationToken);

    public static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Submit(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var plan = await PlanAsync(services, id, PlanPurpose.Correction, cancellationToken);
        var outcome = inspection.SubmitCorrectionPlan(services.Role, plan?.Actions.Select(a => a.FindingId).ToList() ?? []);
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        if (plan is null)
        {
            return Problems.Conflict("write the correction plan before submitting it");
        }

        plan.Submit();
        return await SavedAsync(plan, services, cancellationToken);
    }

    /// <summary>Approves the plan; the improvement report gets a new edition with the approved actions.</summary>
    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Approve(
        Guid id, ReviewRequest request, [AsParameters] InspectionServices services, JobOutbox jobs, CancellationToken cancellationToken) =>
        ReviewAsync(id, approve: true, request, services, cancellationToken, () => ReportJob.Request(jobs, services.Db, id, "correction plan approved"));

    public static Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Return(
        Guid id, ReviewRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken) =>
        ReviewAsync(id, approve: false, request, services, cancellationToken);

    private static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> GetAsync(
        Guid id, PlanPurpose purpose, InspectionServices services, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(id, InspectionParts.None, cancellationToken) is null)
        {
            return Problems.NotFound("The inspection");
        }

        var plan = await services.Db.CorrectionPlans.Include(p => p.Actions).AsNoTracking()
            .SingleOrDefaultAsync(p => p.InspectionId == id && p.Purpose == purpose, cancellationToken);
        return plan is null
            ? Problems.NotFound(purpose == PlanPurpose.Correction ? "The correction plan" : "The improvement plan")
            : TypedResults.Ok(services.Mapper.Map<CorrectionPlanDto>(plan));
    }

    private static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> SaveAsync(
        Guid id, PlanPurpose purpose, SaveCorrectionPlanRequest request, InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if ((inspection.Kind == Inspections.InspectionKind.SelfAssessment) != (purpose == PlanPurpose.Improvement))
        {
            return Problems.Conflict(purpose == PlanPurpose.Improvement
                ? "an improvement plan follows a self-assessment; an external inspection has a correction plan"
                : "a self-assessment has an improvement plan, not a correction plan");
        }

        if (inspection.CanWritePlan(services.Role) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var plan = await PlanAsync(services, id, purpose, cancellationToken);
        if (request.Version != (plan?.Version ?? 0))
        {
            return Stale(plan, services);
        }

        // A correction answers an open deficiency; an improvement, any finding of the self-assessment.
        var answerable = inspection.Findings.Where(f => purpose == PlanPurpose.Improvement || f.IsOpenDeficiency).Select(f => f.Id).ToHashSet();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var actions = request.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            var problems = new List<string>();
            if (!answerable.Contains(actions[i].FindingId!.Value))
            {
                problems.Add(purpose == PlanPurpose.Correction
                    ? "each action answers one open deficiency of this inspection (findingId)"
                    : "each action answers one finding of this self-assessment (findingId)");
            }

            if (actions[i].DueDate < services.Today)
            {
                problems.Add($"the due date {actions[i].DueDate:yyyy-MM-dd} has already passed");
            }

            if (problems.Count > 0)
            {
                errors[$"actions[{i}]"] = [.. problems];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (plan is null)
        {
            plan = new CorrectionPlan(id, purpose);
            services.Db.CorrectionPlans.Add(plan);
        }

        plan.ReplaceActions(actions.Select(a => new CorrectionAction(a.FindingId!.Value, a.Description!.Trim(), a.Owner!.Trim(), a.DueDate!.Value)));
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || request.Version == 0)
        {
            // Another save of the same version (or another first plan, caught by the unique index) won the race:
            // answer as for a stale version.
            services.Db.ChangeTracker.Clear();
            return Stale(await services.Db.CorrectionPlans.Include(p => p.Actions).AsNoTracking()
                .SingleOrDefaultAsync(p => p.InspectionId == id && p.Purpose == purpose, cancellationToken), services);
        }

        return TypedResults.Ok(services.Mapper.Map<CorrectionPlanDto>(plan));
    }

    private static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> ReviewAsync(
        Guid id, bool approve, ReviewRequest request, InspectionServices services, CancellationToken cancellationToken, Action? reviewed = null)
    {
        if (!approve && string.IsNullOrWhiteSpace(request.Note))
        {
            return Problems.Invalid(nameof(request.Note), "say what the provider must change");
        }

        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var outcome = inspection.ReviewCorrectionPlan(services.Role, approve);
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        var plan = (await PlanAsync(services, id, PlanPurpose.Correction, cancellationToken))!;
        plan.Review(approve, request.Note?.Trim());
        reviewed?.Invoke();
        return await SavedAsync(plan, services, cancellationToken);
    }

    private static Task<CorrectionPlan?> PlanAsync(InspectionServices services, Guid inspectionId, PlanPurpose purpose, CancellationToken cancellationToken) =>
        services.Db.CorrectionPlans.Include(p => p.Actions).SingleOrDefaultAsync(p => p.InspectionId == inspectionId && p.Purpose == purpose, cancellationToken);

    private static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> SavedAsync(CorrectionPlan plan, InspectionServices services, CancellationToken cancellationToken) =>
        await services.SaveAsync(cancellationToken) is { } conflict ? conflict : TypedResults.Ok(services.Mapper.Map<CorrectionPlanDto>(plan));

    private static ProblemHttpResult Stale(CorrectionPlan? current, InspectionServices services) =>
        Problems.Conflict("the plan changed since you loaded it: reload, then apply your changes again",
            new Dictionary<string, object?> { ["currentVersion"] = current?.Version ?? 0, ["current"] = current is null ? null : services.Mapper.Map<CorrectionPlanDto>(current) });
}
