using Inspection.Api.Comparison.Trends;
using Inspection.Api.Hosting;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>
/// Headquarters figures by what standards measure (structure, process, outcome): each facility's result
/// per cycle and the groups' trend, next to the comparison and the trends.
/// </summary>
public static class StandardTypeEndpoints
{
    public static void MapStandardTypeFigures(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/comparison").WithTags("Comparison").RequireAuthorization()
            .MapGet("/standard-types", ByStandardType).WithName("ComparisonByStandardType").WithSummary("Results by standard type")
            .WithDescription("The latest cycles of a service type, oldest first: each facility's result read by what its standards measure (structure, process, outcome: the score over each type's standards, its share of the overall score's weight and the points it earns), and per district, operator and nationally the mean and median of those figures; filtered by district, operator and size band.")
            .ProducesProblem(400).ProducesProblem(403);
    }

    /// <summary>A service type's latest cycles (5 unless asked), oldest first, read by standard type.</summary>
    public static async Task<Results<Ok<StandardTypeTrendsDto>, ProblemHttpResult>> ByStandardType(
        [AsParameters] TrendQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var count = query.Cycles ?? 5;
        if (query.ServiceType is null || !ServiceTypes.All.Contains(query.ServiceType))
        {
            return Problems.Invalid(nameof(query.ServiceType), $"expected one of: {string.Join(", ", ServiceTypes.All)}");
        }

        if (count is < 1 or > 20)
        {
            return Problems.Invalid(nameof(query.Cycles), "between 1 and 20 cycles");
        }

        var (_, problem) = await services.ScopeAsync(
            new ComparisonQuery(null, query.ServiceType, DateOnly.MinValue, DateOnly.MaxValue, query.District, query.OperatorId, query.SizeBand, null), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var db = services.Db;
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.ServiceType == query.ServiceType).OrderByDescending(c => c.PeriodStart).Take(count).ToListAsync(cancellationToken);
        cycles.Reverse();
        var window = cycles.Select(c => new TrendCycleDto(c.Id, c.Name, c.PeriodStart, c.PeriodEnd)).ToList();
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var scope = new ComparisonScope(null, query.ServiceType, DateOnly.MinValue, DateOnly.MaxValue, query.District, query.OperatorId, query.SizeBand, false);
        var results = await OfficialResults.Project(db.Inspections.AsNoTracking().Official()
            .Where(i => i.CycleId != null && cycleIds.Contains(i.CycleId.Value)).OfFacilitiesIn(scope, services.Options)).ToListAsync(cancellationToken);
        var findings = await OfficialResults.FindingsAsync(db, [.. results.Select(r => r.InspectionId)], cancellationToken);
        var ruleSets = await OfficialResults.RuleSetsAsync(db, services.Library, results.Select(r => r.RuleSetVersionId), cancellationToken);
        return TypedResults.Ok(new StandardTypeTrendBuilder(services.Audience, services.Language).Build(query.ServiceType, window, results, findings, ruleSets));
    }
}
