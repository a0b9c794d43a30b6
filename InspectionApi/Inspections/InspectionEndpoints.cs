using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Amendments;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.Inspections.Findings;
using Inspection.Api.Inspections.Lifecycle;
using Inspection.Api.Inspections.Questionnaires;
using Inspection.Api.Inspections.Results;
using Inspection.Api.Inspections.Strengths;
using Inspection.Api.Reports;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>Planning inspections and reading them; the sub-features map their own routes under the same group.</summary>
public static class InspectionEndpoints
{
    public static void MapInspections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization();
        group.MapGet("/", List).WithName("ListInspections")
            .WithSummary("List inspections")
            .WithDescription("The inspections the caller may see, newest planned first; ?facilityId=, ?status= and ?cycleId= narrow the list.")
            .ProducesProblem(400);
        group.MapGet("/{id:guid}", Get).WithName("GetInspection")
            .WithSummary("Get an inspection")
            .WithDescription("One inspection with its status, rule-set version, result (grade, score, rating) and findings, as the caller's role may see them.")
            .ProducesProblem(404);
        group.MapPost("/", Plan).WithName("PlanInspection")
            .WithSummary("Plan an inspection")
            .WithDescription("A regular or unannounced visit (a supervisor of the facility's district) or a self-assessment (the facility's provider). The rule-set version is the one in force on the planned date unless one is named.")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapQuestionnaire();
        group.MapAnswers();
        group.MapLifecycle();
        group.MapCompleteness();
        group.MapFindings();
        group.MapAmendments();
        group.MapComparison();
        group.MapReports();
        group.MapStrengths();
    }

    public static async Task<Results<Ok<List<InspectionDto>>, ProblemHttpResult>> List(
        [AsParameters] InspectionServices services, Guid? facilityId, string? status, Guid? cycleId, CancellationToken cancellationToken)
    {
        var query = services.Access.Inspections(services.Db.Inspections.Include(i => i.Facility).ThenInclude(f => f!.Operator).Include(i => i.RuleSetVersion));
        if (facilityId is not null)
        {
            query = query.Where(i => i.FacilityId == facilityId);
        }

        if (status is not null)
        {
            if (!Enum.TryParse<InspectionStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted) || status.Any(c => !char.IsLetter(c)))
            {
                return Problems.Invalid(nameof(status), $"expected one of: {string.Join(", ", Enum.GetNames<InspectionStatus>())}");
            }

            query = query.Where(i => i.Status == wanted);
        }

        if (cycleId is not null)
        {
            query = query.Where(i => i.CycleId == cycleId);
        }

        var inspections = await query.AsNoTracking().ToListAsync(cancellationToken);
        var viewer = new Viewer(services.User.Role, services.Language);
        return TypedResults.Ok(inspections.OrderByDescending(i => i.PlannedDate).Select(i => services.Mapper.Map<InspectionDto>(i, viewer)).ToList());
    }

    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Get(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Findings, cancellationToken);
        return inspection is null ? Problems.NotFound("The inspection") : TypedResults.Ok(await services.DetailAsync(inspection, cancellationToken));
    }

    public static async Task<Results<Created<InspectionDto>, ProblemHttpResult>> Plan(
        PlanInspectionRequest request, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        // Analysts and catalog authors plan nothing, whatever the request says.
        if (services.User.Role is not (Role.Supervisor or Role.Provider or Role.Administrator))
        {
            return Problems.Forbidden("Only supervisors, providers (for their self-assessments) and administrators plan inspections.");
        }

        if (!InspectionKinds.TryParsePlannable(request.Kind, out var kind))
        {
            return Problems.Invalid(nameof(request.Kind), PlannableKindAttribute.Message);
        }

        // A facility the user may not see answers exactly as one that does not exist.
        var db = services.Db;
        var facility = await services.Access.Facilities(db.Facilities.Include(f => f.Operator)).SingleOrDefaultAsync(f => f.Id == request.FacilityId, cancellationToken);
        if (facility is null)
        {
            return Problems.NotFound("The facility");
        }

        if (!services.Access.CanPlan(facility, kind))
        {
            return Problems.Forbidden(kind == InspectionKind.SelfAssessment
                ? "Only the facility's provider plans its self-assessments."
                : "Only a supervisor of the facility's district plans its inspections.");
        }

        var cycle = request.CycleId is { } cycleId ? await db.Cycles.FindAsync([cycleId], cancellationToken) : null;
        if (request.CycleId is not null && cycle is null)
        {
            return Problems.Invalid(nameof(request.CycleId), "no cycle has this id");
        }

        if (request.SupervisorId is { } assigned && kind != InspectionKind.SelfAssessment && !await services.IsSupervisorAsync(assigned, cancellationToken))
        {
            return Problems.Invalid(nameof(request.SupervisorId), "the inspection can only be assigned to a supervisor");
        }

        var published = await db.RuleSetVersions.Where(v => v.ServiceType == facility.ServiceType && v.Status == RuleSetStatus.Published).ToListAsync(cancellationToken);
        var supervisorId = request.SupervisorId ?? (services.Role == Role.Supervisor ? services.User.Id : null);
        var (inspection, refusal) = FacilityInspection.Plan(facility, kind, request.PlannedDate!.Value, published, request.RuleSetVersionId, cycle, supervisorId, services.UserId);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        db.Inspections.Add(inspection!);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/inspections/{inspection!.Id}", services.Detail(inspection));
    }
}
