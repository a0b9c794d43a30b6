using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>The completeness check a submission makes, asked for without submitting (for the questionnaire screen and the sampling plan).</summary>
public static class CompletenessEndpoints
{
    public static void MapCompleteness(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/completeness", Get).WithName("GetCompleteness")
            .WithSummary("Check what is still missing")
            .WithDescription("The completeness check of a submission, without submitting: the standards that cannot be judged yet with the answers they need, and how many more residents the sampling plan asks for (per tracer, from the census). Changes nothing.")
            .ProducesProblem(404);

    public static async Task<Results<Ok<CompletenessDto>, ProblemHttpResult>> Get(Guid id, [AsParameters] InspectionServices services, CancellationToken cancellationToken)
    {
        var inspection = await services.FindAsync(id, InspectionParts.All, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        var incomplete = IncompleteStandards.Of(await services.Evaluator.EvaluateAsync(inspection, cancellationToken));
        return TypedResults.Ok(new CompletenessDto(incomplete.IsEmpty, incomplete.Standards, incomplete.Sampling));
    }
}
