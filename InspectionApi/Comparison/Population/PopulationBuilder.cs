using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Answers;
using Inspection.Api.RuleSets;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.Population;

/// <summary>
/// The population served, from each facility's latest official inspection in scope: the tracer census
/// recorded at the visit, the residents on the day, and the characteristics of the sampled residents.
/// Characteristics are the resident questions the rule set's tracers are identified by (the case mix).
/// </summary>
public sealed partial class PopulationBuilder(ComparisonOptions options, Audience audience, Language language)
{
    public async Task<PopulationDto> BuildAsync(InspectionDbContext db, RuleSetLibrary library, ComparisonScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var results = await OfficialResults.LatestAsync(db, scope, options, cancellationToken);
        var ids = results.Select(r => r.InspectionId).ToList();
        var ruleSets = await OfficialResults.RuleSetsAsync(db, library, results.Select(r => r.RuleSetVersionId), cancellationToken);
        var census = await db.Set<TracerCount>().AsNoTracking().Where(c => ids.Contains(c.InspectionId))
            .Select(c => new { c.InspectionId, c.TracerCode, c.Residents }).ToListAsync(cancellationToken);
        var headCountCodes = options.HeadCountQuestions.ToList();
        var headCounts = await db.InstitutionAnswers.AsNoTracking().Where(a => ids.Contains(a.InspectionId) && headCountCodes.Contains(a.QuestionCode))
            .Select(a => new { a.InspectionId, a.QuestionCode, a.ValueJson }).ToListAsync(cancellationToken);
        var sampled = await db.SampledResidents.AsNoTracking().Where(r => ids.Contains(r.InspectionId))
            .GroupBy(r => r.InspectionId).Select(g => new { InspectionId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var characteristicCodes = ruleSets.Values.SelectMany(r => Characteristics(r).Select(q => q.Code)).Distinct(StringComparer.Ordinal).ToList();
        var answers = await (
                from resident in db.SampledResidents.AsNoTracking()
                join answer in db.Set<ResidentAnswer>().AsNoTracking() on resident.Id equals answer.ResidentId
                where ids.Contains(resident.InspectionId) && characteristicCodes.Contains(answer.QuestionCode)
                select new { resident.InspectionId, answer.QuestionCode, answer.ValueJson })
            .ToListAsync(cancellationToken);

        var censusOf = census.ToLookup(c => c.InspectionId);
        var headCountOf = headCounts.ToLookup(h => h.InspectionId);
        var sampledOf = sampled.ToDictionary(s => s.InspectionId, s => s.Count);
        var answersOf = answers.ToLookup(a => a.InspectionId);
        var facilities = results.Select(r =>
        {
            var ruleSet = ruleSets[r.RuleSetVersionId];
            var questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
            var headCount = headCountOf[r.InspectionId].Where(h => questions.ContainsKey(h.QuestionCode))
                .Select(h => AnswerJson.FromStored(questions[h.QuestionCode], h.ValueJson)).OfType<NumberAnswer>().Select(n => (int?)n.Value).FirstOrDefault();
            var values = answersOf[r.InspectionId].Where(a => questions.ContainsKey(a.QuestionCode))
                .Select(a => (a.QuestionCode, Value: AnswerJson.FromStored(questions[a.QuestionCode], a.ValueJson))).ToList();
            return new FacilityPopulation(r, headCount ?? r.Capacity, headCount is null,
                censusOf[r.InspectionId].ToDictionary(c => c.TracerCode, c => c.Residents, StringComparer.Ordinal), sampledOf.GetValueOrDefault(r.InspectionId), values);
        }).ToList();

        var parts = facilities.GroupBy(f => f.Result.ServiceType, StringComparer.Ordinal)
            .OrderBy(g => ServiceTypes.All.ToList().IndexOf(g.Key))
            .Select(g => ServiceType(g.Key, [.. g], new RuleSetsOfType(g.Select(f => ruleSets[f.Result.RuleSetVersionId]))))
            .ToList();
        return new PopulationDto(scope, parts);
    }

    /// <summary>The resident questions of <paramref name="ruleSet"/> that its tracers are identified by, and that can be counted.</summary>
    public static IEnumerable<Question> Characteristics(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var read = ruleSet.Tracers.SelectMany(t => ResidentAnswer().Matches(t.IdentifiedBy).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        return ruleSet.Questions.Where(q => q.Unit == Level.Resident && read.Contains(q.Code)
            && q.Type is QuestionType.YesNo or QuestionType.Number or QuestionType.Scale or QuestionType.Choice);
    }

    private ServiceTypePopulationDto ServiceType(string serviceType, List<FacilityPopulation> facilities, RuleSetsOfType catalog)
    {
        var tracers = catalog.NewestFirst.SelectMany(r => r.Tracers).DistinctBy(t => t.Code).ToList();
        var characteristics = catalog.NewestFirst.SelectMany(Characteristics).DistinctBy(q => q.Code).ToList();
        var shown = new List<FacilityPopulationDto>();
        var peer = 0;
        foreach (var facility in facilities.OrderBy(f => f.Result.FacilityName, StringComparer.Ordinal))
        {
            var r = facility.Result;
            var named = audience.Names(r.District, r.OperatorId);
            if (!named && !audience.SeesAnonymisedPeers)
            {
                continue;
            }

            peer += named ? 0 : 1;
            shown.Add(new FacilityPopulationDto(named ? r.FacilityId : null,
                named ? r.FacilityName : language == Language.En ? $"Peer facility {peer}" : $"מתקן עמית {peer}", !named,
                named ? r.District : null, named ? r.OperatorName : null, named ? r.InspectionId : null, facility.Residents, facility.ResidentsFromCapacity,
                tracers.ToDictionary(t => t.Code, t => facility.Census.TryGetValue(t.Code, out var n) ? (int?)n : null, StringComparer.Ordinal),
                tracers.ToDictionary(t => t.Code, t => facility.Census.TryGetValue(t.Code, out var n) && facility.Residents > 0 ? (decimal?)Spread.Round((decimal)n / facility.Residents) : null, StringComparer.Ordinal),
                facility.Sampled, Describe(characteristics, facility.Values)));
        }

        var visible = facilities.Where(f => audience.Names(f.Result.District, f.Result.OperatorId)).ToList();
        return new ServiceTypePopulationDto(serviceType,
            [.. tracers.Select(t => new PopulationColumnDto(t.Code, t.Title.In(language), null))],
            [.. characteristics.Select(q => new PopulationColumnDto(q.Code, q.Text.In(language), CatalogType(q.Type)))],
            shown,
            Group("national", language == Language.En ? "National" : "ארצי", facilities, tracers, characteristics),
            audience.SeesDistricts ? [.. visible.GroupBy(f => f.Result.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g.Key, [.. g], tracers, characteristics))] : [],
            [.. visible.GroupBy(f => (f.Result.OperatorId, f.Result.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal)
                .Select(g => Group(g.Key.OperatorId.ToString(), g.Key.OperatorName, [.. g], tracers, characteristics))]);
    }

    private GroupPopulationDto Group(string key, string name, List<FacilityPopulation> facilities, List<Tracer> tracers, List<Question> characteristics)
    {
        int Counted(string tracer) => facilities.Where(f => f.Census.ContainsKey(tracer)).Sum(f => f.Census[tracer]);
        int Residents(string tracer) => facilities.Where(f => f.Census.ContainsKey(tracer)).Sum(f => f.Residents);
        return new GroupPopulationDto(key, name, facilities.Count, facilities.Sum(f => f.Residents),
            tracers.ToDictionary(t => t.Code, t => Counted(t.Code), StringComparer.Ordinal),
            tracers.ToDictionary(t => t.Code, t => Residents(t.Code) > 0 ? (decimal?)Spread.Round((decimal)Counted(t.Code) / Residents(t.Code)) : null, StringComparer.Ordinal),
            facilities.Sum(f => f.Sampled), Describe(characteristics, [.. facilities.SelectMany(f => f.Values)]),
            [.. facilities.Where(f => audience.Names(f.Result.District, f.Result.OperatorId)).Select(f => f.Result.InspectionId)]);
    }

    /// <summary>Each characteristic over the answers given.</summary>
    public static Dictionary<string, CharacteristicDto> Describe(IEnumerable<Question> characteristics, IReadOnlyList<(string QuestionCode, AnswerValue Value)> values)
    {
        ArgumentNullException.ThrowIfNull(characteristics);
        var byQuestion = values.ToLookup(v => v.QuestionCode, v => v.Value, StringComparer.Ordinal);
        return characteristics.ToDictionary(q => q.Code, q =>
        {
            var answered = byQuestion[q.Code].ToList();
            var n = answered.Count;
            switch (q.Type)
            {
                case QuestionType.YesNo:
                    return new CharacteristicDto(n, n == 0 ? null : Spread.Round((decimal)answered.OfType<YesNoAnswer>().Count(a => a.Value) / n), null, null, null);
                case QuestionType.Choice:
                    return new CharacteristicDto(n, null, null, null, n == 0 ? null : q.Options.ToDictionary(o => o.Value,
                        o => Spread.Round((decimal)answered.OfType<ChoiceAnswer>().Count(a => a.Value == o.Value) / n), StringComparer.Ordinal));
                default:
                    var spread = Spread.Of(answered.OfType<NumberAnswer>().Select(a => a.Value));
                    return new CharacteristicDto(n, null, spread?.Mean, spread?.Median, null);
            }
        }, StringComparer.Ordinal);
    }

    private static string CatalogType(QuestionType type) => type switch
    {
        QuestionType.YesNo => "yes-no",
        QuestionType.Choice => "choice",
        QuestionType.Scale => "scale",
        _ => type.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\br\.([a-z0-9_]+)")]
    private static partial Regex ResidentAnswer();

    private sealed record FacilityPopulation(
        OfficialResult Result, int Residents, bool ResidentsFromCapacity, Dictionary<string, int> Census, int Sampled, List<(string QuestionCode, AnswerValue Value)> Values);
}
