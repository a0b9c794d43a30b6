using AutoMapper;
using Inspection.Api.Access;
using Inspection.Api.Comparison.Exports;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Jobs;
using Inspection.Api.RuleSets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Comparison;

/// <summary>What every headquarters handler needs, bound as one parameter (<c>[AsParameters]</c>).</summary>
public sealed record ComparisonServices(
    InspectionDbContext Db,
    CurrentUser User,
    RuleSetLibrary Library,
    IOptions<ComparisonOptions> Settings,
    IEnumerable<IComparisonExport> Exports,
    JobOutbox Jobs,
    IMapper Mapper,
    TimeProvider Clock,
    HttpContext Http)
{
    public Audience Audience => Audience.Of(User);

    public ComparisonOptions Options => Settings.Value;

    public Language Language => RequestLanguage.Of(Http);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>The filters resolved (a cycle gives its service type and period), or the problem with them.</summary>
    public async Task<(ComparisonScope? Scope, ProblemHttpResult? Problem)> ScopeAsync(ComparisonQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Audience.MayCompare)
        {
            return (null, Problems.Forbidden("Comparisons across facilities are for analysts, supervisors and providers."));
        }

        if (query.Problems() is { Count: > 0 } errors)
        {
            return (null, Problems.Invalid(errors));
        }

        if (query.CycleId is not { } cycleId)
        {
            return (new ComparisonScope(null, query.ServiceType, query.From!.Value, query.To!.Value, query.District, query.OperatorId, query.SizeBand, query.RankBySizeBand), null);
        }

        var cycle = await Db.Cycles.FindAsync([cycleId], cancellationToken);
        if (cycle is null)
        {
            return (null, Problems.Invalid(nameof(query.CycleId), "no cycle has this id"));
        }

        if (query.ServiceType is { } serviceType && serviceType != cycle.ServiceType)
        {
            return (null, Problems.Invalid(nameof(query.ServiceType), $"the cycle '{cycle.Name}' is for {cycle.ServiceType}"));
        }

        return (new ComparisonScope(cycle.Id, cycle.ServiceType, query.From ?? cycle.PeriodStart, query.To ?? cycle.PeriodEnd,
            query.District, query.OperatorId, query.SizeBand, query.RankBySizeBand), null);
    }

    /// <summary>The comparison for a resolved scope, as the caller may see it.</summary>
    public async Task<ComparisonDto> CompareAsync(ComparisonScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var results = await OfficialResults.LatestAsync(Db, scope, Options, cancellationToken);
        var ids = results.Select(r => r.InspectionId).ToList();
        var findings = await OfficialResults.FindingsAsync(Db, ids, cancellationToken);
        var domainScores = await OfficialResults.DomainScoresAsync(Db, ids, cancellationToken);
        var ruleSets = await OfficialResults.RuleSetsAsync(Db, Library, results.Select(r => r.RuleSetVersionId), cancellationToken);
        return new ComparisonBuilder(Options, Audience, Language).Build(scope, results, findings, domainScores, ruleSets);
    }
}
