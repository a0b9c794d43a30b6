using Inspection.Api.Access;
using Inspection.Api.Comparison.Agreement;
using Inspection.Api.Comparison.Population;
using Inspection.Api.Comparison.Trends;
using Inspection.Api.Comparison.WhatIf;
using Inspection.Api.Hosting;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison;

/// <summary>
/// Headquarters figures across facilities: the comparison and its exports, trends across cycles,
/// self-assessment agreement, the population served, and the policy what-if. Every figure is made of
/// stored official results only (never self-assessments, except in the agreement) and links to the
/// inspections behind it; what each role sees is decided by <see cref="Audience"/>.
/// </summary>
public static class ComparisonEndpoints
{
    public static void MapComparison(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/comparison").WithTags("Comparison").RequireAuthorization();
        group.MapGet("/", Compare).WithName("CompareFacilities").WithSummary("Compare facilities")
            .WithDescription("For a cycle or a period, per service type: each facility's latest result, rank and percentile among its peers, district and operator summaries with spread, the domain x facility matrix and the most often failed standards; filtered by district, operator, service type and size band.").ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/export/{format}", Export).WithName("ExportComparison").WithSummary("Export the comparison")
            .WithDescription("The comparison's facility rows as CSV or XLSX (format csv or xlsx, the comparison's filters); Hebrew headers unless English is asked for.").ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/trends", TrendsAcrossCycles).WithName("ComparisonTrends").WithSummary("Trends across cycles")
            .WithDescription("The latest cycles of a service type, oldest first: scores and new, repeated, persisting and resolved deficiencies per facility, district, operator and nationally.").ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/agreement", SelfAssessmentAgreement).WithName("SelfAssessmentAgreement").WithSummary("Self-assessment agreement")
            .WithDescription("Each self-assessment against the nearest external inspection of the same facility and rule-set version: over- and under-rating, agreement rate and Cohen's kappa per facility, operator, district and nationally.").ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/population", PopulationServed).WithName("PopulationServed").WithSummary("Population served")
            .WithDescription("Tracer census and prevalence and the sampled residents' characteristics at each facility's latest inspection, per facility and aggregated.").ProducesProblem(400).ProducesProblem(403);
        group.MapPost("/what-if", StartWhatIf).WithName("StartWhatIf").WithSummary("Start a policy what-if")
            .WithDescription("Evaluates a cycle's stored responses against a draft rule-set version as a background job, saving nothing official; poll the run for progress and its result (analysts and administrators).").ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/what-if/{id:guid}", GetWhatIf).WithName("GetWhatIf").WithSummary("Read a policy what-if")
            .WithDescription("A what-if run: its status, progress (done of total) and, once finished, what would change per standard, facility, district, operator and nationally.").ProducesProblem(403).ProducesProblem(404);
    }

    public static async Task<Results<Ok<ComparisonDto>, ProblemHttpResult>> Compare(
        [AsParameters] ComparisonQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        return problem ?? (Results<Ok<ComparisonDto>, ProblemHttpResult>)TypedResults.Ok(await services.CompareAsync(scope!, cancellationToken));
    }

    /// <summary>The comparison as a file: <c>csv</c> or <c>xlsx</c>, with the same rows the caller sees in <see cref="Compare"/>.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string format, [AsParameters] ComparisonQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var export = services.Exports.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
        if (export is null)
        {
            return Problems.NotFound($"The export format '{format}' (expected one of: {string.Join(", ", services.Exports.Select(e => e.Format))})");
        }

        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using var file = new MemoryStream();
        await export.WriteAsync(await services.CompareAsync(scope!, cancellationToken), services.Language, file, cancellationToken);
        return TypedResults.File(file.ToArray(), export.ContentType, $"comparison-{services.Now:yyyyMMdd}.{export.Format}");
    }

    /// <summary>A service type's latest cycles (5 unless asked), oldest first, with how deficiencies moved between them.</summary>
    public static async Task<Results<Ok<TrendsDto>, ProblemHttpResult>> TrendsAcrossCycles(
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

        var (_, problem) = await services.ScopeAsync(new ComparisonQuery(null, query.ServiceType, DateOnly.MinValue, DateOnly.MaxValue, query.District, query.OperatorId, query.SizeBand, null), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var db = services.Db;
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.ServiceType == query.ServiceType).OrderByDescending(c => c.PeriodStart).Take(count + 2).ToListAsync(cancellationToken);
        cycles.Reverse();
        var window = cycles.Skip(Math.Max(0, cycles.Count - count)).Select(c => new TrendCycleDto(c.Id, c.Name, c.PeriodStart, c.PeriodEnd)).ToList();
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var scope = new ComparisonScope(null, query.ServiceType, window.FirstOrDefault()?.PeriodStart ?? DateOnly.MinValue, window.LastOrDefault()?.PeriodEnd ?? DateOnly.MaxValue,
            query.District, query.OperatorId, query.SizeBand, false);
        var results = await OfficialResults.Project(db.Inspections.AsNoTracking().Official()
            .Where(i => i.CycleId != null && cycleIds.Contains(i.CycleId.Value)).OfFacilitiesIn(scope, services.Options)).ToListAsync(cancellationToken);
        var ids = results.Select(r => r.InspectionId).ToList();
        var findings = await db.Findings.AsNoTracking()
            .Where(f => ids.Contains(f.InspectionId) && ((f.AmendedStatus ?? f.Status) == FindingStatus.NotMet || (f.AmendedStatus ?? f.Status) == FindingStatus.Incomplete || (f.AmendedStatus ?? f.Status) == FindingStatus.Error))
            .Select(f => new StoredFinding(f.InspectionId, f.StandardCode, f.AmendedStatus ?? f.Status, f.AmendedStatus == null ? f.Grade : f.AmendedGrade, f.Withdrawn))
            .ToListAsync(cancellationToken);
        var ruleSets = await OfficialResults.RuleSetsAsync(db, services.Library, results.Select(r => r.RuleSetVersionId), cancellationToken);
        var standardsOf = ruleSets.ToDictionary(r => r.Key, r => (IReadOnlySet<string>)r.Value.Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal));
        return TypedResults.Ok(new TrendBuilder(services.Audience, services.Language).Build(query.ServiceType, window, results, findings, standardsOf, cycleIds));
    }

    /// <summary>How providers' self-assessments in scope (by their date) agree with the nearest external inspection.</summary>
    public static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> SelfAssessmentAgreement(
        [AsParameters] ComparisonQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        return problem ?? (Results<Ok<AgreementDto>, ProblemHttpResult>)TypedResults.Ok(
            await new AgreementBuilder(services.Audience, services.Language).BuildAsync(services.Db, services.Library, scope!, services.Options, cancellationToken));
    }

    /// <summary>Tracer census and prevalence and the residents' characteristics, per facility and aggregated.</summary>
    public static async Task<Results<Ok<PopulationDto>, ProblemHttpResult>> PopulationServed(
        [AsParameters] ComparisonQuery query, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        return problem ?? (Results<Ok<PopulationDto>, ProblemHttpResult>)TypedResults.Ok(
            await new PopulationBuilder(services.Options, services.Audience, services.Language).BuildAsync(services.Db, services.Library, scope!, cancellationToken));
    }

    /// <summary>
    /// Starts a what-if: the cycle's stored responses evaluated against a draft rule-set version of the
    /// cycle's service type, as a background job (Hangfire, through the job outbox: recorded with the run,
    /// handed over once saved) that records its progress on the run. Answers 202 with the run to poll.
    /// </summary>
    public static async Task<Results<Accepted<WhatIfRunDto>, ProblemHttpResult>> StartWhatIf(
        WhatIfRequest request, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        if (services.User.Role is not (Role.Analyst or Role.Administrator))
        {
            return Problems.Forbidden("Policy what-ifs are run by headquarters analysts.");
        }

        var db = services.Db;
        var cycle = await db.Cycles.FindAsync([request.CycleId!.Value], cancellationToken);
        if (cycle is null)
        {
            return Problems.Invalid(nameof(request.CycleId), "no cycle has this id");
        }

        var draft = await db.RuleSetVersions.FindAsync([request.DraftVersionId!.Value], cancellationToken);
        if (draft is null)
        {
            return Problems.Invalid(nameof(request.DraftVersionId), "no rule-set version has this id");
        }

        if (draft.Status != RuleSetStatus.Draft)
        {
            return Problems.Invalid(nameof(request.DraftVersionId), $"{draft.Moniker} is {draft.Status.ToString().ToLowerInvariant()}; a what-if tries a draft");
        }

        if (draft.ServiceType != cycle.ServiceType)
        {
            return Problems.Invalid(nameof(request.DraftVersionId), $"{draft.Moniker} is for {draft.ServiceType}; the cycle '{cycle.Name}' is for {cycle.ServiceType}");
        }

        var run = new WhatIfRun(cycle.Id, draft.Id, services.User.Id, services.Now);
        db.Set<WhatIfRun>().Add(run);
        var runId = run.Id;
        services.Jobs.Add<WhatIfRunner>(db, runner => runner.RunAsync(runId, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/comparison/what-if/{run.Id}", services.Mapper.Map<WhatIfRunDto>(run));
    }

    public static async Task<Results<Ok<WhatIfRunDto>, ProblemHttpResult>> GetWhatIf(Guid id, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        if (services.User.Role is not (Role.Analyst or Role.Administrator))
        {
            return Problems.Forbidden("Policy what-ifs are run by headquarters analysts.");
        }

        var run = await services.Db.Set<WhatIfRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? Problems.NotFound("The what-if run") : TypedResults.Ok(services.Mapper.Map<WhatIfRunDto>(run));
    }
}
