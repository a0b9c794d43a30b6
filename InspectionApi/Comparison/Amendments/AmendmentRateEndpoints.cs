using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inspection.Api.Comparison.Amendments;

/// <summary>Headquarters' view of professional judgment: how often supervisors amend computed findings, per standard, supervisor and district.</summary>
public static class AmendmentRateEndpoints
{
    public static void MapAmendmentRates(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/comparison").WithTags("Comparison").RequireAuthorization()
            .MapGet("/amendments", Rates).WithName("AmendmentRates").WithSummary("Amendment rates")
            .WithDescription("For a cycle or a period (the comparison's filters): findings amended by the supervisor over findings computed, nationally, per standard (highest rate first; each links to the what-if for its rule set, since a standard amended often is one whose rule or bar needs another look), per supervisor and per district. Analysts and administrators only.")
            .ProducesProblem(400).ProducesProblem(403);
    }

    public static async Task<Results<Ok<AmendmentRatesDto>, ProblemHttpResult>> Rates(
        [AsParameters] ComparisonQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        if (services.User.Role is not (Role.Analyst or Role.Administrator))
        {
            return Problems.Forbidden("Amendment rates per supervisor are for headquarters: analysts and administrators.");
        }

        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        return problem ?? (Results<Ok<AmendmentRatesDto>, ProblemHttpResult>)TypedResults.Ok(
            await AmendmentRates.BuildAsync(services.Db, services.Library, scope!, services.Options, services.Language, cancellationToken));
    }
}
