using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>Planning inspections, reading them, and their questionnaires.</summary>
public static class InspectionEndpoints
{
    public static void MapInspections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("Inspections").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Plan);
        group.MapGet("/{id:guid}/questionnaire", Questionnaire);
        group.MapAnswers();
        group.MapLifecycle();
        group.MapFindings();
    }

    public static async Task<Results<Ok<List<InspectionDto>>, ProblemHttpResult>> List(
        InspectionDbContext db, AccessPolicy access, Guid? facilityId, string? status, Guid? cycleId, CancellationToken cancellationToken)
    {
        var query = access.Inspections(db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion));
        if (facilityId is not null)
        {
            query = query.Where(i => i.FacilityId == facilityId);
        }

        if (status is not null)
        {
            if (!Enum.TryParse<InspectionStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted) || int.TryParse(status, out _))
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
        return TypedResults.Ok(inspections.OrderByDescending(i => i.PlannedDate).Select(i => ToDto(i, access)).ToList());
    }

    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Get(Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        return inspection is null ? Problems.NotFound("The inspection") : TypedResults.Ok(ToDto(inspection, access));
    }

    public static async Task<Results<Created<InspectionDto>, ProblemHttpResult>> Plan(
        PlanInspectionRequest request, InspectionDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Analysts and catalog authors plan nothing, whatever the request says.
        if (access.User.Role is not (Role.Supervisor or Role.Provider or Role.Administrator))
        {
            return Problems.Forbidden("Only supervisors, providers (for their self-assessments) and administrators plan inspections.");
        }

        var errors = new Dictionary<string, string[]>();
        if (!TryParseKind(request.Kind, out var kind) || kind == InspectionKind.FollowUp)
        {
            errors[nameof(request.Kind)] = ["expected regular, unannounced or self-assessment (follow-ups are scheduled from an inspection)"];
        }

        if (request.PlannedDate is null)
        {
            errors[nameof(request.PlannedDate)] = ["the planned date is required"];
        }

        if (request.FacilityId is null)
        {
            errors[nameof(request.FacilityId)] = ["the facility is required"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // A facility the user may not see answers exactly as one that does not exist.
        var facility = await access.Facilities(db.Facilities).SingleOrDefaultAsync(f => f.Id == request.FacilityId, cancellationToken);
        if (facility is null)
        {
            return Problems.NotFound("The facility");
        }

        if (!access.CanPlan(facility, kind))
        {
            return Problems.Forbidden(kind == InspectionKind.SelfAssessment
                ? "Only the facility's provider plans its self-assessments."
                : "Only a supervisor of the facility's district plans its inspections.");
        }

        var version = request.RuleSetVersionId is { } versionId
            ? await db.RuleSetVersions.FindAsync([versionId], cancellationToken)
            : (await db.RuleSetVersions
                .Where(v => v.ServiceType == facility.ServiceType && v.Status == RuleSetStatus.Published && v.EffectiveFrom <= request.PlannedDate)
                .ToListAsync(cancellationToken))
                .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => SemanticVersion.TryParse(v.Version, out var s) ? s : default)
                .FirstOrDefault();
        if (version is null || version.ServiceType != facility.ServiceType || version.Status != RuleSetStatus.Published)
        {
            return Problems.Invalid(request.RuleSetVersionId is null ? nameof(request.PlannedDate) : nameof(request.RuleSetVersionId),
                $"no published rule set for {facility.ServiceType} is in force on {request.PlannedDate:yyyy-MM-dd}");
        }

        if (request.SupervisorId is { } assigned && kind != InspectionKind.SelfAssessment && !await IsSupervisorAsync(db, assigned, cancellationToken))
        {
            return Problems.Invalid(nameof(request.SupervisorId), "the inspection can only be assigned to a supervisor");
        }

        var supervisorId = request.SupervisorId ?? (access.User.Role == Role.Supervisor ? access.User.Id : null);
        var inspection = new Inspection(facility.Id, version.Id, kind, request.PlannedDate!.Value, kind == InspectionKind.SelfAssessment ? null : supervisorId,
            request.CycleId, followUpOfId: null, access.User.Id ?? Guid.Empty);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);
        var created = (await InspectionAccess.FindAsync(db, access, inspection.Id, withDetails: false, cancellationToken))!;
        return TypedResults.Created($"/api/inspections/{inspection.Id}", ToDto(created, access));
    }

    public static async Task<Results<Ok<QuestionnaireDto>, ProblemHttpResult>> Questionnaire(
        Guid id, InspectionDbContext db, AccessPolicy access, RuleSetLibrary library, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails: false, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var (ruleSet, compiled) = library.Get(inspection.RuleSetVersion!);
        var rechecked = await InspectionAccess.RecheckedStandardsAsync(db, inspection, cancellationToken);
        var asked = rechecked is null ? null : rechecked.SelectMany(compiled.QuestionsFor).ToHashSet(StringComparer.Ordinal);
        static TextDto Text(LocalizedText text) => new(text.He, text.En);
        var instruments = ruleSet.Instruments
            .Select(instrument => new InstrumentDto(instrument.Code, Text(instrument.Title), instrument.Questions
                .Where(q => asked is null || asked.Contains(q.Code))
                .Select(q => new QuestionDto(q.Code, CatalogNames.Of(q.Type), CatalogNames.Of(q.Unit), CatalogNames.Of(q.Source), q.Required, Text(q.Text),
                    q.Help.IsEmpty ? null : Text(q.Help), q.ShowIf, q.Min, q.Max, [.. q.Options.Select(o => new OptionDto(o.Value, Text(o.Label)))]))
                .ToList()))
            .Where(i => i.Questions.Count > 0)
            .ToList();
        return TypedResults.Ok(new QuestionnaireDto(inspection.Id, ruleSet.Moniker, inspection.RuleSetVersion!.ContentHash,
            [.. ruleSet.Tracers.Select(t => new TracerDto(t.Code, Text(t.Title), t.IdentifiedBy))], instruments, rechecked));
    }

    /// <summary>
    /// Whether <paramref name="userId"/> is a supervisor. Assignment gives sight of the inspection, so only
    /// supervisors are assigned (from any district: a colleague may cover another district's visit).
    /// </summary>
    internal static Task<bool> IsSupervisorAsync(InspectionDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.Role == Role.Supervisor, cancellationToken);

    public static InspectionDto ToDto(Inspection inspection, AccessPolicy access)
    {
        // A provider never learns the date of an unannounced visit from the service.
        var hideDate = inspection.Kind == InspectionKind.Unannounced && access.User.Role == Role.Provider;
        var possible = InspectionLifecycle.Possible(inspection.Kind, inspection.Status)
            .Where(a => access.User.Role is { } role && InspectionLifecycle.MayAct(role, inspection.Kind, a))
            .Select(a => a.ToString())
            .ToList();
        return new InspectionDto(inspection.Id, inspection.FacilityId, inspection.Facility?.Name ?? string.Empty, inspection.RuleSetVersionId,
            inspection.RuleSetVersion?.Moniker ?? string.Empty, inspection.Kind.ToString(), inspection.Status.ToString(),
            hideDate ? null : inspection.PlannedDate, inspection.VisitDate, inspection.SupervisorId, inspection.CycleId, inspection.FollowUpOfId,
            inspection.AnswersVersion, inspection.OverallScore, inspection.Rating, possible);
    }

    /// <summary>A kind by its catalog-style name (<c>self-assessment</c>) or its C# name (<c>SelfAssessment</c>), never by number.</summary>
    private static bool TryParseKind(string? text, out InspectionKind kind)
    {
        foreach (var candidate in Enum.GetValues<InspectionKind>())
        {
            if (string.Equals(text, CatalogNames.Of(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
