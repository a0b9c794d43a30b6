using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Engine.Findings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Inspections;

/// <summary>
/// Moving an inspection through its lifecycle. Every move is checked against the state machine
/// (<see cref="InspectionLifecycle"/>): an illegal one answers 409 with the reason.
/// </summary>
public static class LifecycleEndpoints
{
    public static void MapLifecycle(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/start", Start);
        group.MapPost("/{id:guid}/submit", Submit);
        group.MapPost("/{id:guid}/reopen", (Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken ct) =>
            Move(id, LifecycleAction.Reopen, db, access, ct));
        group.MapPost("/{id:guid}/evaluate", Evaluate);
        group.MapPost("/{id:guid}/issue-report", (Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken ct) =>
            Move(id, LifecycleAction.IssueReport, db, access, ct));
        group.MapPost("/{id:guid}/close", (Guid id, InspectionDbContext db, AccessPolicy access, CancellationToken ct) =>
            Move(id, LifecycleAction.Close, db, access, ct));
        group.MapPost("/{id:guid}/follow-up", ScheduleFollowUp);
    }

    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Start(
        Guid id, InspectionDbContext db, AccessPolicy access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (inspection, refusal) = await LoadForAsync(id, LifecycleAction.Start, db, access, withDetails: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        inspection!.Start(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return await CompleteAsync(inspection, LifecycleAction.Start, db, access, cancellationToken);
    }

    /// <summary>
    /// Freezes the answers after a completeness check: standards that would be Incomplete are listed,
    /// and the submission is refused unless <paramref name="acceptIncomplete"/> says to go on.
    /// </summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Submit(
        Guid id, bool? acceptIncomplete, InspectionDbContext db, AccessPolicy access, RuleSetLibrary library, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (inspection, refusal) = await LoadForAsync(id, LifecycleAction.Submit, db, access, withDetails: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (ruleSet, compiled) = library.Get(inspection!.RuleSetVersion!);
        var result = compiled.Evaluate(ResponseBuilder.Build(inspection, ruleSet, Today(clock)));
        var rechecked = await InspectionAccess.RecheckedStandardsAsync(db, inspection, cancellationToken);
        var incomplete = result.Findings
            .Where(f => f.Status == FindingStatus.Incomplete && (rechecked is null || rechecked.Contains(f.StandardCode)))
            .Select(f => new IncompleteStandardDto(f.StandardCode, f.MissingAnswers))
            .ToList();
        if (incomplete.Count > 0 && acceptIncomplete != true)
        {
            return Problems.Conflict(
                $"{incomplete.Count} standard(s) cannot be judged yet because answers they need are missing; answer them, or submit with acceptIncomplete=true",
                new Dictionary<string, object?> { ["incomplete"] = incomplete });
        }

        return await CompleteAsync(inspection, LifecycleAction.Submit, db, access, cancellationToken);
    }

    /// <summary>Runs the Engine on the submitted answers and stores the findings (a follow-up keeps only the standards it re-checks).</summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Evaluate(
        Guid id, InspectionDbContext db, AccessPolicy access, RuleSetLibrary library, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (inspection, refusal) = await LoadForAsync(id, LifecycleAction.Evaluate, db, access, withDetails: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await db.Entry(inspection!).Collection(i => i.Findings).LoadAsync(cancellationToken);
        var (ruleSet, compiled) = library.Get(inspection!.RuleSetVersion!);
        var result = compiled.Evaluate(ResponseBuilder.Build(inspection, ruleSet, Today(clock)));
        var rechecked = await InspectionAccess.RecheckedStandardsAsync(db, inspection, cancellationToken);
        var findings = result.Findings.Where(f => rechecked is null || rechecked.Contains(f.StandardCode));
        inspection.RecordEvaluation(
            findings.Select(f => new FindingRecord(inspection.Id, f, FindingEvidence.ToJson(f))),
            rechecked is null ? result.OverallScore : null,
            rechecked is null ? result.Rating?.Band.Code : null,
            clock.GetUtcNow().UtcDateTime);
        return await CompleteAsync(inspection, LifecycleAction.Evaluate, db, access, cancellationToken);
    }

    /// <summary>Plans the follow-up that verifies an approved correction plan: it re-checks the open deficiencies only.</summary>
    public static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> ScheduleFollowUp(
        Guid id, ScheduleFollowUpRequest request, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        if (request.PlannedDate is null)
        {
            return Problems.Invalid(nameof(request.PlannedDate), "the planned date of the follow-up is required");
        }

        var (inspection, refusal) = await LoadForAsync(id, LifecycleAction.ScheduleFollowUp, db, access, withDetails: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (request.SupervisorId is { } assigned && !await InspectionEndpoints.IsSupervisorAsync(db, assigned, cancellationToken))
        {
            return Problems.Invalid(nameof(request.SupervisorId), "the follow-up can only be assigned to a supervisor");
        }

        var followUp = new Inspection(inspection!.FacilityId, inspection.RuleSetVersionId, InspectionKind.FollowUp, request.PlannedDate.Value,
            request.SupervisorId ?? inspection.SupervisorId ?? access.User.Id, inspection.CycleId, inspection.Id, access.User.Id ?? Guid.Empty);
        db.Inspections.Add(followUp);
        return await CompleteAsync(inspection, LifecycleAction.ScheduleFollowUp, db, access, cancellationToken);
    }

    private static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> Move(
        Guid id, LifecycleAction action, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var (inspection, refusal) = await LoadForAsync(id, action, db, access, withDetails: false, cancellationToken);
        return refusal ?? await CompleteAsync(inspection!, action, db, access, cancellationToken);
    }

    /// <summary>Loads the inspection and checks that the user may take <paramref name="action"/> and that the move is legal now.</summary>
    internal static async Task<(Inspection? Inspection, ProblemHttpResult? Refusal)> LoadForAsync(
        Guid id, LifecycleAction action, InspectionDbContext db, AccessPolicy access, bool withDetails, CancellationToken cancellationToken)
    {
        var inspection = await InspectionAccess.FindAsync(db, access, id, withDetails, cancellationToken);
        if (inspection is null)
        {
            return (null, Problems.NotFound("The inspection"));
        }

        if (access.User.Role is not { } role || !InspectionLifecycle.MayAct(role, inspection.Kind, action)
            || (role == Role.Provider && !access.IsProviderOf(inspection.Facility!)))
        {
            return (null, Problems.Forbidden($"Your role may not {action} this inspection."));
        }

        var (_, illegal) = InspectionLifecycle.Next(inspection.Kind, inspection.Status, action);
        return illegal is null ? (inspection, null) : (null, Problems.Conflict(illegal));
    }

    /// <summary>Applies the move and saves.</summary>
    internal static async Task<Results<Ok<InspectionDto>, ProblemHttpResult>> CompleteAsync(
        Inspection inspection, LifecycleAction action, InspectionDbContext db, AccessPolicy access, CancellationToken cancellationToken)
    {
        var (to, _) = InspectionLifecycle.Next(inspection.Kind, inspection.Status, action);
        inspection.MoveTo(to!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(InspectionEndpoints.ToDto(inspection, access));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
