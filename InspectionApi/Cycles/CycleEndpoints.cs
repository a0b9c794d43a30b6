using AutoMapper;
using AutoMapper.QueryableExtensions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
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

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var cycle = new InspectionCycle(request.Name!.Trim(), request.ServiceType!, request.PeriodStart!.Value, request.PeriodEnd!.Value);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/cycles/{cycle.Id}", mapper.Map<CycleDto>(cycle));
    }
}
