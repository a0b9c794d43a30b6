using AutoMapper;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Corrections;

/// <summary>
/// The correction plan: the provider writes it (versioned, so two editors never overwrite each other)
/// and submits it; the supervisor approves it or returns it with a note.
/// </summary>
public static class CorrectionPlanEndpoints
{
    public static void MapCorrectionPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections/{id:guid}/correction-plan").WithTags("Correction plans").RequireAuthorization();
        group.MapGet("/", Get);
        group.MapPut("/", Save);
        group.MapPost("/submit", Submit);
        group.MapPost("/approve", (Guid id, ReviewRequest request, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken ct) =>
            Review(id, approve: true, request, db, access, mapper, ct));
        group.MapPost("/return", (Guid id, ReviewRequest request, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken ct) =>
            Review(id, approve: false, request, db, access, mapper, ct));
    }

    public static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Get(Guid id, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        if (await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken) is null)
        {
            return Problems.NotFound("The inspection");
        }

        var plan = await db.CorrectionPlans.Include(p => p.Actions).AsNoTracking().SingleOrDefaultAsync(p => p.InspectionId == id, cancellationToken);
        return plan is null ? Problems.NotFound("The correction plan") : TypedResults.Ok(mapper.Map<CorrectionPlanDto>(plan));
    }

    public static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Save(
        Guid id, SaveCorrectionPlanRequest request, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (!access.IsProviderOf(inspection.Facility!))
        {
            return Problems.Forbidden("Only the facility's provider writes its correction plan.");
        }

        if (inspection.Status != InspectionStatus.ReportIssued)
        {
            return Problems.Conflict($"a correction plan is written after the report is issued and before it is submitted; the inspection is {inspection.Status}");
        }

        var plan = await db.CorrectionPlans.Include(p => p.Actions).SingleOrDefaultAsync(p => p.InspectionId == id, cancellationToken);
        var current = plan?.Version ?? 0;
        if (request.Version is null)
        {
            return Problems.Invalid(nameof(request.Version), "send the version of the plan your changes are based on (0 for a new plan)");
        }

        if (request.Version != current)
        {
            return Stale(plan, mapper);
        }

        var deficiencies = await db.Findings.Where(f => f.InspectionId == id && f.Status == Engine.Findings.FindingStatus.NotMet && !f.Withdrawn)
            .Select(f => f.Id).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var actions = request.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            var problems = new List<string>();
            if (a.FindingId is not { } findingId || !deficiencies.Contains(findingId))
            {
                problems.Add("each action answers one open deficiency of this inspection (findingId)");
            }

            if (string.IsNullOrWhiteSpace(a.Description) || a.Description.Length > 4000)
            {
                problems.Add("describe the action (at most 4000 characters)");
            }

            if (string.IsNullOrWhiteSpace(a.Owner) || a.Owner.Length > 200)
            {
                problems.Add("name who is responsible (at most 200 characters)");
            }

            if (a.DueDate is null)
            {
                problems.Add("set a due date");
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
            plan = new CorrectionPlan(id);
            db.CorrectionPlans.Add(plan);
        }

        plan.ReplaceActions(actions.Select(a => new CorrectionAction(a.FindingId!.Value, a.Description!.Trim(), a.Owner!.Trim(), a.DueDate!.Value)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || request.Version == 0)
        {
            // Another save of the same version (or another first plan, caught by the unique index) won the race:
            // answer as for a stale version.
            db.ChangeTracker.Clear();
            return Stale(await db.CorrectionPlans.Include(p => p.Actions).AsNoTracking().SingleOrDefaultAsync(p => p.InspectionId == id, cancellationToken), mapper);
        }

        return TypedResults.Ok(mapper.Map<CorrectionPlanDto>(plan));
    }

    public static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Submit(
        Guid id, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        var (inspection, refusal) = await LifecycleEndpoints.LoadForAsync(id, LifecycleAction.SubmitCorrectionPlan, db, access, withDetails: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var plan = await db.CorrectionPlans.Include(p => p.Actions).SingleOrDefaultAsync(p => p.InspectionId == id, cancellationToken);
        if (plan is null)
        {
            return Problems.Conflict("write the correction plan before submitting it");
        }

        var open = await db.Findings.Where(f => f.InspectionId == id && f.Status == Engine.Findings.FindingStatus.NotMet && !f.Withdrawn)
            .Select(f => new { f.Id, f.StandardCode }).ToListAsync(cancellationToken);
        var uncovered = open.Where(f => plan.Actions.All(a => a.FindingId != f.Id)).Select(f => f.StandardCode).ToList();
        if (uncovered.Count > 0)
        {
            return Problems.Conflict($"every open deficiency needs an action; none yet for: {string.Join(", ", uncovered)}",
                new Dictionary<string, object?> { ["uncovered"] = uncovered });
        }

        plan.Submit();
        await LifecycleEndpoints.CompleteAsync(inspection!, LifecycleAction.SubmitCorrectionPlan, db, access, cancellationToken);
        return TypedResults.Ok(mapper.Map<CorrectionPlanDto>(plan));
    }

    private static ProblemHttpResult Stale(CorrectionPlan? current, IMapper mapper) =>
        Problems.Conflict("the correction plan changed since you loaded it: reload, then apply your changes again",
            new Dictionary<string, object?> { ["currentVersion"] = current?.Version ?? 0, ["current"] = current is null ? null : mapper.Map<CorrectionPlanDto>(current) });

    private static async Task<Results<Ok<CorrectionPlanDto>, ProblemHttpResult>> Review(
        Guid id, bool approve, ReviewRequest request, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        var action = approve ? LifecycleAction.ApproveCorrectionPlan : LifecycleAction.ReturnCorrectionPlan;
        if (!approve && string.IsNullOrWhiteSpace(request.Note))
        {
            return Problems.Invalid(nameof(request.Note), "say what the provider must change");
        }

        var (inspection, refusal) = await LifecycleEndpoints.LoadForAsync(id, action, db, access, withDetails: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var plan = await db.CorrectionPlans.Include(p => p.Actions).SingleAsync(p => p.InspectionId == id, cancellationToken);
        plan.Review(approve, request.Note?.Trim());
        await LifecycleEndpoints.CompleteAsync(inspection!, action, db, access, cancellationToken);
        return TypedResults.Ok(mapper.Map<CorrectionPlanDto>(plan));
    }
}
