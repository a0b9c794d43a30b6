using Inspection.Api.Access;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>The recent what-if runs, so that a run can be left and found again (from any device, by any analyst).</summary>
public static class WhatIfRunEndpoints
{
    /// <summary>How many runs the list holds at most.</summary>
    public const int Recent = 20;

    public static void MapWhatIfRuns(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/comparison").WithTags("Comparison").RequireAuthorization()
            .MapGet("/what-if", ListWhatIfs).WithName("ListWhatIfs").WithSummary("List recent policy what-ifs")
            .WithDescription("The latest what-if runs, newest first (at most 20): the cycle, the draft version, who asked (mine or not), status and progress; read one run for its result (analysts and administrators).")
            .ProducesProblem(403);

    public static async Task<Results<Ok<List<WhatIfRunSummaryDto>>, ProblemHttpResult>> ListWhatIfs([AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        if (services.User.Role is not (Role.Analyst or Role.Administrator))
        {
            return Problems.Forbidden("Policy what-ifs are run by headquarters analysts.");
        }

        var db = services.Db;
        var me = services.User.Id;
        var runs = await (
            from run in db.Set<WhatIfRun>().AsNoTracking()
            join cycle in db.Cycles on run.CycleId equals cycle.Id
            join draft in db.RuleSetVersions on run.DraftVersionId equals draft.Id
            orderby run.RequestedAt descending
            select new { run.Id, run.CycleId, Cycle = cycle.Name, run.DraftVersionId, draft.RuleSetId, draft.Version, run.Status, run.Total, run.Done, run.RequestedAt, run.FinishedAt, run.RequestedBy })
            .Take(Recent).ToListAsync(cancellationToken);
        return TypedResults.Ok(runs.Select(r => new WhatIfRunSummaryDto(r.Id, r.CycleId, r.Cycle, r.DraftVersionId, $"{r.RuleSetId}@{r.Version}", r.Status.ToString(),
            r.Total, r.Done, r.RequestedAt, r.FinishedAt, r.RequestedBy is not null && r.RequestedBy == me)).ToList());
    }
}
