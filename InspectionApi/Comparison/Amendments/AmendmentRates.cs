using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.Amendments;

/// <summary>The amendment rates of the official results in a scope, from the stored findings (an amended one carries its amended status).</summary>
public static class AmendmentRates
{
    public static async Task<AmendmentRatesDto> BuildAsync(InspectionDbContext db, RuleSetLibrary library, ComparisonScope scope, ComparisonOptions options, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(library);
        var inspections = db.Inspections.AsNoTracking().Official().InPeriod(scope).OfFacilitiesIn(scope, options);
        var rows = await (from f in db.Findings.AsNoTracking()
                          join i in inspections on f.InspectionId equals i.Id
                          select new Row(i.Id, i.SupervisorId, i.Facility!.District, i.RuleSetVersion!.RuleSetId, i.RuleSetVersionId, f.StandardCode, f.AmendedStatus != null))
            .ToListAsync(cancellationToken);

        var supervisorIds = rows.Where(r => r.Supervisor is not null).Select(r => r.Supervisor!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => supervisorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var ruleSetIds = rows.Select(r => r.RuleSetId).Distinct().ToList();
        var versions = await db.RuleSetVersions.AsNoTracking().Where(v => ruleSetIds.Contains(v.RuleSetId)).ToListAsync(cancellationToken);
        var drafts = versions.Where(v => v.Status == RuleSetStatus.Draft).GroupBy(v => v.RuleSetId).ToDictionary(g => g.Key, g => g.Select(v => v.Id).ToList(), StringComparer.Ordinal);
        var titles = new Dictionary<(string, string), string>();
        foreach (var versionId in rows.Select(r => r.VersionId).Distinct())
        {
            var version = versions.Single(v => v.Id == versionId);
            foreach (var standard in library.Get(version).RuleSet.Standards)
            {
                titles.TryAdd((version.RuleSetId, standard.Code), standard.Title.In(language));
            }
        }

        var standards = rows.GroupBy(r => (r.RuleSetId, r.StandardCode))
            .Select(g => (g.Key, Amended: g.Count(r => r.Amended), Computed: g.Count()))
            .Select(s => new StandardAmendmentRateDto(s.Key.RuleSetId, s.Key.StandardCode, titles.GetValueOrDefault(s.Key, s.Key.StandardCode), s.Amended, s.Computed, Rate(s.Amended, s.Computed),
                new WhatIfLinkDto("POST", "/api/comparison/what-if", scope.CycleId, s.Key.RuleSetId, drafts.GetValueOrDefault(s.Key.RuleSetId) ?? [])))
            .OrderByDescending(s => s.Rate).ThenByDescending(s => s.Amended).ThenBy(s => s.RuleSetId, StringComparer.Ordinal).ThenBy(s => s.StandardCode, StringComparer.Ordinal)
            .ToList();
        var supervisors = rows.Where(r => r.Supervisor is not null).GroupBy(r => r.Supervisor!.Value)
            .Select(g => Group(g.Key.ToString(), names.GetValueOrDefault(g.Key, g.Key.ToString()), g))
            .OrderByDescending(s => s.Rate).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var districts = rows.GroupBy(r => r.District, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.Key, g))
            .OrderByDescending(s => s.Rate).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        return new AmendmentRatesDto(Group("national", language == Language.En ? "National" : "ארצי", rows), standards, supervisors, districts);
    }

    private static AmendmentRateDto Group(string key, string name, IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var amended = list.Count(r => r.Amended);
        return new AmendmentRateDto(key, name, list.Select(r => r.Inspection).Distinct().Count(), amended, list.Count, Rate(amended, list.Count));
    }

    private static decimal? Rate(int amended, int computed) => computed == 0 ? null : Math.Round((decimal)amended / computed, 6);

    private sealed record Row(Guid Inspection, Guid? Supervisor, string District, string RuleSetId, Guid VersionId, string StandardCode, bool Amended);
}
