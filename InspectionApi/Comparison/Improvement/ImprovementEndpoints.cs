using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Strengths;
using Inspection.Engine.Strengths;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.Improvement;

/// <summary>
/// Learning from success at headquarters: per service type and domain, the facilities whose domain score rose most
/// between their previous official result and their latest in scope (the comparison's filters), with their overall
/// rank and the practices their providers recorded for the strengths of that inspection in the domain.
/// </summary>
public static class ImprovementEndpoints
{
    public static void MapImprovement(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/comparison").WithTags("Comparison").RequireAuthorization()
            .MapGet("/improvement", MostImproved).WithName("MostImprovedFacilities").WithSummary("Facilities that improved most")
            .WithDescription("Per service type and domain, over the comparison's filters: the facilities whose domain score rose most from their previous official result to their latest in scope (top, 5 unless asked, at most 50), each with its rank among its peers by overall score and what its provider recorded they did for the inspection's strengths in the domain. Providers see other operators' facilities anonymised and without practices; a supervisor sees the facilities of their district.")
            .ProducesProblem(400).ProducesProblem(403);

    public static async Task<Results<Ok<ImprovementDto>, ProblemHttpResult>> MostImproved(
        [AsParameters] ComparisonQuery query, int? top, [AsParameters] ComparisonServices services, CancellationToken cancellationToken)
    {
        var (scope, problem) = await services.ScopeAsync(query, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (top is < 1 or > 50)
        {
            return Problems.Invalid("top", "between 1 and 50 facilities per domain");
        }

        var db = services.Db;
        var results = await OfficialResults.LatestAsync(db, scope!, services.Options, cancellationToken);
        var ids = results.Select(r => r.InspectionId).ToList();
        var previousOf = await db.Inspections.AsNoTracking().Where(i => ids.Contains(i.Id) && i.PreviousInspectionId != null)
            .Select(i => new { i.Id, PreviousId = i.PreviousInspectionId!.Value }).ToDictionaryAsync(i => i.Id, i => i.PreviousId, cancellationToken);
        var previousIds = previousOf.Values.Distinct().ToList();
        var officialPrevious = await db.Inspections.AsNoTracking().Official().Where(i => previousIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
        var scores = await OfficialResults.DomainScoresAsync(db, [.. ids, .. officialPrevious], cancellationToken);
        var ruleSets = await OfficialResults.RuleSetsAsync(db, services.Library, results.Select(r => r.RuleSetVersionId), cancellationToken);
        var strengths = services.Http.RequestServices.GetRequiredService<InspectionStrengths>();
        var practices = (await strengths.PracticesAsync(ids, cancellationToken)).ToLookup(p => p.InspectionId);
        var standings = Standings(results, scope!, services.Options);
        var byInspection = scores.Where(s => s.Score is not null).ToLookup(s => s.InspectionId);
        var audience = services.Audience;
        var language = services.Language;

        var serviceTypes = new List<ServiceTypeImprovementDto>();
        foreach (var ofType in results.GroupBy(r => r.ServiceType, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Domains in the order of the newest rule set the results were judged with.
            var newest = ofType.Select(r => ruleSets[r.RuleSetVersionId]).MaxBy(r => r.EffectiveFrom)!;
            var moves = ofType
                .Where(r => previousOf.ContainsKey(r.InspectionId))
                .SelectMany(r => byInspection[r.InspectionId].Select(now => (Result: r, now.Domain, Now: now.Score!.Value,
                    Then: byInspection[previousOf[r.InspectionId]].FirstOrDefault(then => then.Domain == now.Domain).Score)))
                .Where(m => m.Then is { } then && m.Now > then)
                .ToLookup(m => m.Domain, StringComparer.Ordinal);
            var domains = new List<DomainImprovementDto>();
            foreach (var domain in newest.Domains)
            {
                var ranked = moves[domain.Code].OrderByDescending(m => m.Now - m.Then!.Value).ThenBy(m => m.Result.FacilityName, StringComparer.Ordinal).ToList();
                var rows = new List<ImprovedFacilityDto>();
                foreach (var move in ranked)
                {
                    var r = move.Result;
                    var gain = move.Now - move.Then!.Value;
                    var place = 1 + ranked.Count(other => other.Now - other.Then!.Value > gain);
                    var standing = standings.GetValueOrDefault(r.InspectionId);
                    var named = audience.Names(r.District, r.OperatorId);
                    if (!named && !audience.SeesAnonymisedPeers)
                    {
                        continue;
                    }

                    var ruleSet = ruleSets[r.RuleSetVersionId];
                    IReadOnlyList<StrengthDto> recorded = named
                        ? [.. practices[r.InspectionId].Where(p => DomainOf(p, ruleSet) == domain.Code)
                            .Select(p => InspectionStrengths.Describe(new Strength(p.Kind, p.Subject, domain.Code, null, null, null), ruleSet, language, p))]
                        : [];
                    rows.Add(named
                        ? new ImprovedFacilityDto(place, r.FacilityId, r.FacilityName, r.District, r.OperatorName, r.InspectionId, previousOf[r.InspectionId], r.VisitDate,
                            move.Then.Value, move.Now, gain, standing?.Rank, standing?.Peers ?? 0, recorded)
                        : new ImprovedFacilityDto(place, null, null, null, null, null, null, null, move.Then.Value, move.Now, gain, standing?.Rank, standing?.Peers ?? 0, []));
                }

                domains.Add(new DomainImprovementDto(domain.Code, domain.Title.In(language), ranked.Count, [.. rows.Take(top ?? 5)]));
            }

            serviceTypes.Add(new ServiceTypeImprovementDto(ofType.Key, domains));
        }

        return TypedResults.Ok(new ImprovementDto(serviceTypes));
    }

    /// <summary>The domain of a practice's strength: the domain itself, or the domain of its standard.</summary>
    private static string? DomainOf(StrengthPractice practice, RuleSet ruleSet) =>
        practice.Kind == StrengthKind.DomainImproved ? practice.Subject : ruleSet.Standards.FirstOrDefault(s => s.Code == practice.Subject)?.Domain;

    /// <summary>Each result's rank by overall score among its peers: its service type, or its service type and size band.</summary>
    private static Dictionary<Guid, PeerStanding> Standings(List<OfficialResult> results, ComparisonScope scope, ComparisonOptions options)
    {
        var standings = new Dictionary<Guid, PeerStanding>();
        foreach (var peers in results.Where(r => r.OverallScore is not null)
            .GroupBy(r => (r.ServiceType, Band: scope.RankBySizeBand ? options.SizeBandOf(r.Capacity) : string.Empty)))
        {
            var group = peers.ToList();
            var of = PeerStanding.Of([.. group.Select(r => r.OverallScore!.Value)]);
            for (var i = 0; i < group.Count; i++)
            {
                standings[group[i].InspectionId] = of[i];
            }
        }

        return standings;
    }
}
