using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// Reading and saving answers. Saves are partial and idempotent (the same save twice changes
/// nothing the second time), checked against the questionnaire, and refused when made against an
/// older version of the answers than the current one.
/// </summary>
public static class AnswerEndpoints
{
    public static void MapAnswers(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/answers", Get).WithName("GetAnswers")
            .WithSummary("Get the answers")
            .WithDescription("The answers saved so far: institution answers, sampled residents with their tracers and answers, the census, and the answers' version.")
            .ProducesProblem(404);
        group.MapPut("/{id:guid}/answers", Save).WithName("SaveAnswers")
            .WithSummary("Save answers")
            .WithDescription("A partial save: only what is named changes (null clears an answer). Send the answers' current version; a save based on an older one answers 409, and nothing is lost.")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413);
    }

    public static async Task<Results<Ok<AnswersDto>, ProblemHttpResult>> Get(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Answers, cancellationToken);
        return inspection is null ? Problems.NotFound("The inspection") : TypedResults.Ok(ToDto(services, inspection));
    }

    public static async Task<Results<Ok<AnswersDto>, ProblemHttpResult>> Save(
        Guid id, SaveAnswersRequest request, [AsParameters] InspectionServices services, IOptions<AnswerLimits> limits, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.Answers, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        // Who may answer, and whether the answers can change now, before what was sent is read.
        if (inspection.CheckAnswering(services.Role, request.Version!.Value) is { } early)
        {
            return early.Reason == RefusalReason.Stale ? Stale(services, inspection) : early.ToProblem();
        }

        var (ruleSet, compiled) = services.Library.Get(inspection.RuleSetVersion!);
        var changes = AnswerRequestReader.Read(request, ruleSet, limits.Value, out var errors);
        if (changes is null)
        {
            return Problems.Invalid(errors);
        }

        var (changed, refusal) = inspection.ApplyAnswers(changes, compiled, services.Role, services.Now);
        if (refusal is not null)
        {
            return refusal.Reason == RefusalReason.Stale ? Stale(services, inspection) : refusal.ToProblem();
        }

        if (changed)
        {
            try
            {
                await services.Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save of the same version won the race: answer exactly as for a stale version.
                services.Db.ChangeTracker.Clear();
                return Stale(services, (await services.FindAsync(id, InspectionParts.Answers, cancellationToken))!);
            }
        }

        return TypedResults.Ok(ToDto(services, inspection));
    }

    private static ProblemHttpResult Stale(InspectionServices services, FacilityInspection current) =>
        Problems.Conflict(current.StaleAnswers().Message,
            new Dictionary<string, object?> { ["currentVersion"] = current.AnswersVersion, ["current"] = ToDto(services, current) });

    private static AnswersDto ToDto(InspectionServices services, FacilityInspection inspection) =>
        services.Mapper.Map<AnswersDto>(inspection, services.ViewerOf(inspection));
}
