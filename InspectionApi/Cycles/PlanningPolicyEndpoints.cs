using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Cycles;

/// <summary>The planning policy of each service type: read by the ministry's people, changed by an administrator.</summary>
public static class PlanningPolicyEndpoints
{
    public static void MapPlanningPolicies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/planning-policies").WithTags("Cycles").RequireAuthorization(Policies.Ministry);
        group.MapGet("/", List).WithName("ListPlanningPolicies").WithSummary("List the planning policies")
            .WithDescription("The planning policy of each service type: how often facilities are visited, how much sooner after a poor result, follow-up days, the unannounced share, invitation lead time, reminders and escalation. A service type with nothing saved shows the defaults.");
        group.MapGet("/{serviceType}", Get).WithName("GetPlanningPolicy").WithSummary("Read one service type's planning policy")
            .WithDescription("The planning policy of one service type, with the version to send back when changing it.")
            .ProducesProblem(404);
        group.MapPut("/{serviceType}", Save).WithName("SavePlanningPolicy").WithSummary("Change a service type's planning policy")
            .WithDescription("Administrators only. Each field is checked (400 with the field's error); 409 when the policy changed since it was read.")
            .RequireAuthorization(Policies.Administrator).ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<Ok<List<PlanningPolicyDto>>> List(InspectionDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.PlanningPolicies.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(ServiceTypes.All.Select(type => Dto(type, stored.SingleOrDefault(p => p.ServiceType == type))).ToList());
    }

    public static async Task<Results<Ok<PlanningPolicyDto>, ProblemHttpResult>> Get(string serviceType, InspectionDbContext db, CancellationToken cancellationToken)
    {
        if (!ServiceTypes.All.Contains(serviceType))
        {
            return Problems.NotFound("The service type");
        }

        return TypedResults.Ok(Dto(serviceType, await db.PlanningPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ServiceType == serviceType, cancellationToken)));
    }

    public static async Task<Results<Ok<PlanningPolicyDto>, ProblemHttpResult>> Save(
        string serviceType, SavePlanningPolicyRequest request, InspectionDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ServiceTypes.All.Contains(serviceType))
        {
            return Problems.NotFound("The service type");
        }

        var errors = new Dictionary<string, string[]>();
        var settings = Read(request, errors);
        if (request.Version is null)
        {
            errors[nameof(request.Version)] = ["the version read (0 for a policy not stored yet)"];
        }

        foreach (var (field, messages) in settings?.Check() ?? new Dictionary<string, string[]>())
        {
            errors[field] = messages;
        }

        if (errors.Count > 0 || settings is null)
        {
            return Problems.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var policy = await db.PlanningPolicies.SingleOrDefaultAsync(p => p.ServiceType == serviceType, cancellationToken);
        if ((policy?.Version ?? 0) != request.Version)
        {
            return Problems.Conflict($"the policy is at version {policy?.Version ?? 0}, not {request.Version}: read it again and make the change on it");
        }

        if (policy is null)
        {
            policy = new PlanningPolicy(serviceType, settings, user.Id ?? Guid.Empty, now);
            db.PlanningPolicies.Add(policy);
        }
        else
        {
            policy.Change(settings, user.Id ?? Guid.Empty, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves of one service type, or two changes of one version: the unique key and the concurrency token let one through.
            return Problems.Conflict("the policy was changed at the same time: read it again and make the change on it");
        }

        return TypedResults.Ok(Dto(serviceType, policy));
    }

    private static PlanningPolicySettings? Read(SavePlanningPolicyRequest r, Dictionary<string, string[]> errors)
    {
        int Required(int? value, string field)
        {
            if (value is null)
            {
                errors[field] = ["is required"];
            }

            return value ?? 0;
        }

        var settings = new PlanningPolicySettings(
            Required(r.IntervalMonths, nameof(r.IntervalMonths)),
            Required(r.MaxIntervalMonths, nameof(r.MaxIntervalMonths)),
            Required(r.SoonerAfterPoorMonths, nameof(r.SoonerAfterPoorMonths)),
            r.PoorRatings ?? [],
            r.PoorScoreBelow,
            Required(r.FollowUpWithinDays, nameof(r.FollowUpWithinDays)),
            Required(r.SelfAssessmentLeadDays, nameof(r.SelfAssessmentLeadDays)),
            r.UnannouncedShare ?? -1,
            Required(r.HorizonDays, nameof(r.HorizonDays)),
            Required(r.ReminderDaysBefore, nameof(r.ReminderDaysBefore)),
            Required(r.EscalateAfterDays, nameof(r.EscalateAfterDays)));
        if (r.UnannouncedShare is null)
        {
            errors[nameof(r.UnannouncedShare)] = ["is required"];
        }

        return errors.Count == 0 ? settings : null;
    }

    private static PlanningPolicyDto Dto(string serviceType, PlanningPolicy? stored) =>
        stored is null
            ? PlanningPolicyDto.From(serviceType, PlanningPolicySettings.Default, 0, stored: false, null)
            : PlanningPolicyDto.From(serviceType, stored.Settings, stored.Version, stored: true, stored.UpdatedAt);
}
