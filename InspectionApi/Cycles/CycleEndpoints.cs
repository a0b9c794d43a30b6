using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Cycles.Planning;
using Inspection.Api.Hosting;
using Inspection.Api.Jobs;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Cycles;

/// <summary>Inspection cycles: planned rounds of inspections for a service type and period.</summary>
public static class CycleEndpoints
{
    /// <summary>Characters in a cycle's name (the column's size).</summary>
    private const int NameLength = 200;

    public static void MapCycles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cycles").WithTags("Cycles").RequireAuthorization();
        group.MapGet("/", List).WithName("ListCycles").WithSummary("List inspection cycles").WithDescription("Every cycle, newest first.");
        group.MapPost("/", Create).WithName("CreateCycle").WithSummary("Create an inspection cycle")
            .WithDescription("A period in which facilities of one service type are inspected; administrators only.").RequireAuthorization(Policies.Administrator);
        group.MapGet("/{id:guid}/plan", Plan).WithName("GetCyclePlan").WithSummary("Read a cycle's plan")
            .WithDescription("The cycle with its pinned rule-set version, the seed of its unannounced draw and every visit planned in it (supervisors, analysts and administrators; never providers).")
            .RequireAuthorization(Policies.Ministry).ProducesProblem(404);
        group.MapPost("/{id:guid}/plan", PlanNow).WithName("PlanCycleNow").WithSummary("Run the planner for a cycle now")
            .WithDescription("Asks for a planner run of the cycle as of today instead of waiting for the night; answers 202, and the job-run log says what it did (administrators only).")
            .RequireAuthorization(Policies.Administrator).ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>The cycle with its seed and every visit planned in it (the ministry's view).</summary>
    public static async Task<Results<Ok<CyclePlanDto>, ProblemHttpResult>> Plan(Guid id, InspectionDbContext db, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null)
        {
            return Problems.NotFound("The cycle");
        }

        var visits = (await db.Inspections.AsNoTracking().Where(i => i.CycleId == id)
            .Select(i => new { i.Id, i.FacilityId, i.Kind, i.Status, i.PlannedDate, i.SupervisorId, i.FollowUpOfId, i.PlanningKey, i.ScheduleFixed })
            .ToListAsync(cancellationToken))
            .OrderBy(i => i.PlannedDate).ThenBy(i => i.Id)
            .Select(i => new CycleVisitDto(i.Id, i.FacilityId, i.Kind.ToString(), i.Status.ToString(), i.PlannedDate, i.SupervisorId, i.FollowUpOfId, i.PlanningKey is not null, i.ScheduleFixed))
            .ToList();
        return TypedResults.Ok(new CyclePlanDto(cycle.Id, cycle.Name, cycle.ServiceType, cycle.PeriodStart, cycle.PeriodEnd, cycle.RuleSetVersionId, cycle.UnannouncedSeed, visits));
    }

    /// <summary>Asks for a planner run of the cycle as of today now, rather than at night (202; the job-run log says what it did).</summary>
    public static async Task<Results<Accepted, ProblemHttpResult>> PlanNow(Guid id, InspectionDbContext db, JobOutbox jobs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cycle is null)
        {
            return Problems.NotFound("The cycle");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (cycle.PeriodEnd < today)
        {
            return Problems.Conflict($"the cycle '{cycle.Name}' ended on {cycle.PeriodEnd:yyyy-MM-dd}; there is nothing left to plan");
        }

        jobs.Add<CyclePlanner>(db, planner => planner.PlanCycleAsync(id, today, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/cycles/{id}/plan");
    }

    public static async Task<Ok<List<CycleDto>>> List(InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Cycles.OrderByDescending(c => c.PeriodStart).ProjectTo<CycleDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken));

    public static async Task<Results<Created<CycleDto>, ProblemHttpResult>> Create(CreateCycleRequest request, InspectionDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors[nameof(request.Name)] = ["is required"];
        }
        else if (request.Name.Trim().Length > NameLength)
        {
            errors[nameof(request.Name)] = [$"at most {NameLength} characters"];
        }
        else
        {
            PlainText.Check(errors, nameof(request.Name), request.Name);
        }

        if (request.ServiceType is null || !ServiceTypes.All.Contains(request.ServiceType))
        {
            errors[nameof(request.ServiceType)] = [$"expected one of: {string.Join(", ", ServiceTypes.All)}"];
        }

        if (request.PeriodStart is null || request.PeriodEnd is null || request.PeriodEnd < request.PeriodStart)
        {
            errors[nameof(request.PeriodEnd)] = ["a period needs a start and an end, the end not before the start"];
        }

        RuleSetVersion? pinned = null;
        if (errors.Count == 0)
        {
            // The version in force when the cycle starts, or else the first to come into force within it.
            var published = await db.RuleSetVersions.AsNoTracking()
                .Where(v => v.ServiceType == request.ServiceType && v.Status == RuleSetStatus.Published).ToListAsync(cancellationToken);
            pinned = RuleSetVersion.InForce(published, request.PeriodStart!.Value)
                ?? published.Where(v => v.EffectiveFrom <= request.PeriodEnd!.Value).OrderBy(v => v.EffectiveFrom).FirstOrDefault();
            if (pinned is null)
            {
                errors[nameof(request.PeriodStart)] = [$"no published rule set for {request.ServiceType} is in force within the period"];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var cycle = new InspectionCycle(request.Name!.Trim(), request.ServiceType!, request.PeriodStart!.Value, request.PeriodEnd!.Value, pinned!.Id);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/cycles/{cycle.Id}", mapper.Map<CycleDto>(cycle));
    }
}
