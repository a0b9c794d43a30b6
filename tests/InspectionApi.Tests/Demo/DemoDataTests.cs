using Inspection.Api.Inspections;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Demo;

/// <summary>The seeded demo data obeys the rules the API enforces, and tells a plausible story.</summary>
public sealed class DemoDataTests
{
    private InspectionApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new InspectionApiFactory();

    [OneTimeTearDown]
    public void StopHost() => _factory.Dispose();

    [Test]
    public async Task EveryInspection_UsesTheVersionInForceOnItsDate_InACycleOfItsServiceType()
    {
        var (inspections, versions, cycles) = await _factory.ReadDatabaseAsync(async db => (
            await db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion).AsNoTracking().ToListAsync(),
            await db.RuleSetVersions.AsNoTracking().ToListAsync(),
            await db.Cycles.AsNoTracking().ToListAsync()));

        inspections.Should().HaveCountGreaterThan(40);
        cycles.Should().OnlyContain(c => ServiceTypes.All.Contains(c.ServiceType), "a cycle is of one service type");
        foreach (var inspection in inspections)
        {
            var date = inspection.VisitDate ?? inspection.PlannedDate;
            var inForce = RuleSets.RuleSetVersion.InForce(versions.Where(v => v.ServiceType == inspection.Facility!.ServiceType), date);
            inspection.RuleSetVersionId.Should().Be(inForce!.Id, "{0} on {1} uses the version in force then", inspection.Facility!.Name, date);
            inspection.RuleSetVersion!.EffectiveFrom.Should().BeOnOrBefore(date);
            var cycle = cycles.Single(c => c.Id == inspection.CycleId);
            cycle.ServiceType.Should().Be(inspection.Facility.ServiceType);
            inspection.PlannedDate.Should().BeOnOrAfter(cycle.PeriodStart).And.BeOnOrBefore(cycle.PeriodEnd);
        }
    }

    [Test]
    public async Task EvaluatedInspections_NoStandardFailsEverywhere_AndEveryOneWasJudged()
    {
        var findings = await _factory.ReadDatabaseAsync(db => db.Findings.AsNoTracking()
            .Join(db.Inspections, f => f.InspectionId, i => i.Id, (f, i) => new { i.RuleSetVersion!.RuleSetId, f.StandardCode, f.Status })
            .ToListAsync());

        var byStandard = findings.GroupBy(f => (f.RuleSetId, f.StandardCode)).ToList();
        byStandard.Should().HaveCountGreaterThan(150, "four catalogs of about 46 standards are in use");
        byStandard.Where(g => g.Count() >= 5 && g.All(f => f.Status == FindingStatus.NotMet)).Select(g => g.Key)
            .Should().BeEmpty("no standard should fail in every inspection");
        findings.Count(f => f.Status == FindingStatus.NotMet).Should().BePositive("the story has deficiencies to correct");
    }

    [Test]
    public async Task EvaluatedInspections_MostRated_SomeNotRatedForAStatedReason()
    {
        var evaluated = await _factory.ReadDatabaseAsync(db => db.Inspections.Include(i => i.Census).AsNoTracking().Where(i => i.EvaluatedAt != null).ToListAsync());

        evaluated.Should().OnlyContain(i => i.Census.Count > 0, "every visit records its tracer census");
        evaluated.Should().OnlyContain(i => (i.Rating != null) != (i.NotRatedReasons.Count > 0), "a result is rated, or says why not");
        evaluated.Should().OnlyContain(i => i.Coverage != null && i.ScoreBand != null);
        var notRated = evaluated.Where(i => i.Rating is null).ToList();
        evaluated.Count(i => i.Rating is not null).Should().BeGreaterThan(evaluated.Count * 3 / 4, "most demo visits were judged in full");
        notRated.Should().NotBeEmpty("a few visits were cut short, as part of the story");
        notRated.Should().OnlyContain(i => i.NotRatedReasons.All(r => r.StartsWith("not rated: insufficient evidence", StringComparison.Ordinal)));
        evaluated.Where(i => i.VisitDate!.Value.Year < DateTime.UtcNow.Year).Should().OnlyContain(i => i.PreviousInspectionId == null, "last year's visits were the first");
        evaluated.Where(i => i.VisitDate!.Value.Year == DateTime.UtcNow.Year).Should().Contain(i => i.PreviousInspectionId != null, "this year's visits are compared with last year's");
    }

    [Test]
    public async Task PastInspections_WentThroughTheLifecycle_AndPlannedOnesAreAhead()
    {
        var inspections = await _factory.ReadDatabaseAsync(db => db.Inspections.AsNoTracking().ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        inspections.Where(i => i.Status == InspectionStatus.Planned).Should().OnlyContain(i => i.PlannedDate > today);
        inspections.Where(i => i.Status != InspectionStatus.Planned).Should()
            .OnlyContain(i => i.EvaluatedAt != null && i.VisitDate != null && i.OverallScore != null && i.Revision > 0);
    }
}
