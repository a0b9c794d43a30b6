using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;
using Inspection.Engine.Findings;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Comparison.Agreement;

/// <summary>
/// Self-assessment agreement: each evaluated self-assessment in scope (by its date) is paired with the
/// external inspection of the same facility and rule-set version nearest to it in time (the later one on
/// a tie), and compared standard by standard over the standards both judged (withdrawn findings left out).
/// </summary>
public sealed class AgreementBuilder(Audience audience, Language language)
{
    public async Task<AgreementDto> BuildAsync(
        InspectionDbContext db, RuleSetLibrary library, ComparisonScope scope, ComparisonOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var (from, to) = (scope.From, scope.To);
        var selfAssessments = await OfficialResults.Project(db.Inspections.AsNoTracking()
                .Where(i => i.Kind == InspectionKind.SelfAssessment && i.EvaluatedAt != null && i.Status != InspectionStatus.Cancelled)
                .Where(i => i.VisitDate >= from && i.VisitDate <= to)
                .OfFacilitiesIn(scope, options))
            .ToListAsync(cancellationToken);
        var facilityIds = selfAssessments.Select(s => s.FacilityId).Distinct().ToList();
        var external = await OfficialResults.Project(db.Inspections.AsNoTracking().Official().Where(i => facilityIds.Contains(i.FacilityId)))
            .ToListAsync(cancellationToken);
        var pairs = Pair(selfAssessments, external);
        var ids = pairs.SelectMany(p => new[] { p.Self.InspectionId, p.External.InspectionId }).Distinct().ToList();
        var judged = await db.Findings.AsNoTracking()
            .Where(f => ids.Contains(f.InspectionId) && ((f.AmendedStatus ?? f.Status) == FindingStatus.Met || (f.AmendedStatus ?? f.Status) == FindingStatus.NotMet) && !f.Withdrawn)
            .Select(f => new StoredFinding(f.InspectionId, f.StandardCode, f.AmendedStatus ?? f.Status, f.AmendedStatus == null ? f.Grade : f.AmendedGrade, f.Withdrawn))
            .ToListAsync(cancellationToken);
        var ruleSets = await OfficialResults.RuleSetsAsync(db, library, pairs.Select(p => p.Self.RuleSetVersionId), cancellationToken);
        var unpaired = selfAssessments.Where(s => pairs.All(p => p.Self.InspectionId != s.InspectionId) && audience.Names(s.District, s.OperatorId))
            .Select(s => s.InspectionId).ToList();
        return Build(scope, pairs, judged, ruleSets, unpaired);
    }

    /// <summary>Each self-assessment with the nearest external inspection of the same facility and rule-set version.</summary>
    public static List<(OfficialResult Self, OfficialResult External)> Pair(IEnumerable<OfficialResult> selfAssessments, IEnumerable<OfficialResult> external)
    {
        var candidates = external.ToLookup(e => (e.FacilityId, e.RuleSetVersionId));
        var pairs = new List<(OfficialResult, OfficialResult)>();
        foreach (var self in selfAssessments)
        {
            var nearest = candidates[(self.FacilityId, self.RuleSetVersionId)]
                .OrderBy(e => Math.Abs(e.VisitDate.DayNumber - self.VisitDate.DayNumber))
                .ThenByDescending(e => e.VisitDate)
                .FirstOrDefault();
            if (nearest is not null)
            {
                pairs.Add((self, nearest));
            }
        }

        return pairs;
    }

    public AgreementDto Build(
        ComparisonScope scope, IReadOnlyList<(OfficialResult Self, OfficialResult External)> pairs, IReadOnlyList<StoredFinding> judged,
        IReadOnlyDictionary<Guid, Standards.Model.RuleSet> ruleSets, IReadOnlyList<Guid> unpaired)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(ruleSets);
        var statusOf = judged.ToLookup(f => f.InspectionId);
        var byStandard = new SortedDictionary<(string ServiceType, string Code), AgreementTable>();
        var compared = new List<(OfficialResult Self, OfficialResult External, AgreementTable Table, List<string> Over, List<string> Under)>();
        foreach (var (self, external) in pairs)
        {
            var supervisor = statusOf[external.InspectionId].ToDictionary(f => f.StandardCode, f => f.Status == FindingStatus.Met, StringComparer.Ordinal);
            var table = AgreementTable.Empty;
            var (over, under) = (new List<string>(), new List<string>());
            foreach (var finding in statusOf[self.InspectionId].OrderBy(f => f.StandardCode, StringComparer.Ordinal))
            {
                if (!supervisor.TryGetValue(finding.StandardCode, out var supervisorMet))
                {
                    continue;
                }

                var providerMet = finding.Status == FindingStatus.Met;
                table = table.Add(providerMet, supervisorMet);
                var key = (self.ServiceType, finding.StandardCode);
                byStandard[key] = byStandard.GetValueOrDefault(key, AgreementTable.Empty).Add(providerMet, supervisorMet);
                if (providerMet && !supervisorMet)
                {
                    over.Add(finding.StandardCode);
                }
                else if (!providerMet && supervisorMet)
                {
                    under.Add(finding.StandardCode);
                }
            }

            compared.Add((self, external, table, over, under));
        }

        var named = compared.Where(c => audience.Names(c.Self.District, c.Self.OperatorId)).ToList();
        GroupAgreementDto Group(string key, string name, IEnumerable<(OfficialResult Self, OfficialResult External, AgreementTable Table, List<string> Over, List<string> Under)> members)
        {
            var list = members.ToList();
            return new GroupAgreementDto(key, name, list.Count, AgreementFiguresDto.Of(list.Aggregate(AgreementTable.Empty, (sum, c) => sum.Add(c.Table))),
                [.. list.Where(c => audience.Names(c.Self.District, c.Self.OperatorId)).SelectMany(c => new[] { c.Self.InspectionId, c.External.InspectionId })]);
        }

        return new AgreementDto(scope,
            Group("national", language == Language.En ? "National" : "ארצי", compared),
            audience.SeesDistricts ? [.. named.GroupBy(c => c.Self.District, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g.Key, g))] : [],
            [.. named.GroupBy(c => (c.Self.OperatorId, c.Self.OperatorName)).OrderBy(g => g.Key.OperatorName, StringComparer.Ordinal).Select(g => Group(g.Key.OperatorId.ToString(), g.Key.OperatorName, g))],
            [.. named.GroupBy(c => (c.Self.FacilityId, c.Self.FacilityName)).OrderBy(g => g.Key.FacilityName, StringComparer.Ordinal).Select(g => Group(g.Key.FacilityId.ToString(), g.Key.FacilityName, g))],
            [.. byStandard.Select(s => new StandardAgreementDto(s.Key.ServiceType, s.Key.Code, Title(ruleSets.Values, s.Key.ServiceType, s.Key.Code), AgreementFiguresDto.Of(s.Value)))],
            [.. named.OrderBy(c => c.Self.FacilityName, StringComparer.Ordinal).ThenBy(c => c.Self.VisitDate).Select(c => new AgreementPairDto(
                c.Self.InspectionId, c.External.InspectionId, c.Self.FacilityId, c.Self.FacilityName, c.Self.District, c.Self.OperatorName,
                ruleSets[c.Self.RuleSetVersionId].Moniker, c.Self.VisitDate, c.External.VisitDate,
                Math.Abs(c.Self.VisitDate.DayNumber - c.External.VisitDate.DayNumber), AgreementFiguresDto.Of(c.Table), c.Over, c.Under))],
            unpaired);
    }

    private string Title(IEnumerable<Standards.Model.RuleSet> ruleSets, string serviceType, string code) =>
        new RuleSetsOfType(ruleSets.Where(r => r.ServiceType == serviceType)).StandardTitle(code, language);
}
