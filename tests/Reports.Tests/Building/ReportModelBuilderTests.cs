using System.Text.Json;
using Inspection.Engine;
using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Reports.Building;
using Inspection.Reports.Models;
using Inspection.Reports.Samples;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests.Building;

/// <summary>Report models built from the real Engine's results on the shipped catalog.</summary>
public class ReportModelBuilderTests
{
    private static SampleReports Samples => ReportsSetUp.Samples;

    private static InspectionResult Result(int seed = 15, double quality = 0.93) => Samples.Evaluate(Samples.RuleSet, SampleReports.VisitDate, seed, quality);

    [Test]
    public void Line_ResidentLevelDeficiency_StatementCountsFailingResidentsAgainstTheBar()
    {
        var result = Result();
        var finding = result.Deficiencies.First(f => f.Residents is not null);
        var tally = finding.Residents!;

        var line = new ReportModelBuilder(Samples.RuleSet).Line(finding);

        line.Deficiency!.Statement.En.Should().StartWith($"{tally.Known - tally.Satisfying} of {tally.Known} sampled residents")
            .And.EndWith($"against a bar of {tally.Bar * 100:0.#}%.");
        line.Deficiency.Statement.He.Should().StartWith($"{tally.Known - tally.Satisfying} מתוך {tally.Known} דיירים");
        line.Deficiency.ResidentsConcerned.Should().Equal(tally.Failing);
        line.Tally.Should().Be(new TallyLine(tally.Applicable, tally.Known, tally.Satisfying));
        line.Rate.Should().Be(tally.Rate);
    }

    [Test]
    public void Summary_SomeStandardsIncomplete_CoverageIsTheWeightedShareOfApplicableStandardsJudged()
    {
        var result = Result();
        var applicable = result.Findings.Where(f => f.Status != FindingStatus.NotApplicable).ToList();
        applicable.Should().Contain(f => f.Status == FindingStatus.Incomplete, "the sample leaves some answers out");

        var summary = new ReportModelBuilder(Samples.RuleSet).Summary(result);

        summary.EvidenceCoverage.Should().Be(applicable.Where(f => f.IsEvaluated).Sum(f => f.Standard.Weight) / applicable.Sum(f => f.Standard.Weight));
        summary.EvidenceCoverage.Should().BeLessThan(1m);
        summary.Statuses.Total.Should().Be(result.Findings.Count);
    }

    [Test]
    public void Summary_CriticalStandardNotMet_CapNamesTheStandardsThatTriggeredIt()
    {
        var result = Result();

        var cap = new ReportModelBuilder(Samples.RuleSet).Summary(result).Rating!.Caps.Single(c => c.Code == "critical-unmet");

        cap.StandardCodes.Should().BeEquivalentTo(result.Deficiencies.Where(f => f.Deficiency!.Severity == Severity.Critical).Select(f => f.StandardCode));
        cap.MaxRating.Code.Should().Be("adequate");
        cap.Reason.Should().Be(Samples.RuleSet.Policy.RatingCaps.Single(c => c.Code == "critical-unmet").Reason);
    }

    [Test]
    public void Compliance_NothingAnswered_NotRatedWithEveryUnjudgedStandardListed()
    {
        var empty = new InspectionResponse(SampleReports.VisitDate, new Dictionary<string, AnswerValue>(), []);
        var result = new RuleSetCompiler().Compile(Samples.RuleSet).Evaluate(empty);

        var report = new ReportModelBuilder(Samples.RuleSet).Compliance(result, SampleReports.Visit(Samples.RuleSet, result));

        report.Summary.Rating.Should().BeNull();
        report.Summary.NotRated.Should().NotBeNull();
        report.Summary.NotRated!.Missing.Should().HaveCount(result.Findings.Count(f => f.Status is FindingStatus.Incomplete or FindingStatus.Error));
        report.Summary.NotRated.Missing.Should().NotBeEmpty();
    }

    [Test]
    public void Improvement_PreviousInspections_ComparisonIsTheEnginesComparison()
    {
        var current = Result();
        var previous = Result(seed: 3, quality: 0.8);

        var report = new ReportModelBuilder(Samples.RuleSet).Improvement(current, SampleReports.Visit(Samples.RuleSet, current), SampleReports.IssuedOn, new Dictionary<string, IReadOnlyList<CorrectionActionLine>>(), previous: previous);

        report.Comparison.Select(c => (c.StandardCode, c.Change)).Should().Equal(DeficiencyComparison.Compare(current, previous).Select(m => (m.StandardCode, m.Change)));
        report.Items.Select(i => i.StandardCode).Should().Equal(current.Deficiencies.Select(f => f.StandardCode));
        report.Items.Should().OnlyContain(i => i.Actions.Count == 0 && i.FollowUp == null);
        report.Previous!.VisitedOn.Should().Be(previous.InspectionDate);
    }

    [Test]
    public void IsOverdueOn_OpenActionPastItsDueDate_OverdueAndOthersNot()
    {
        var due = new DateOnly(2026, 7, 1);
        var open = new CorrectionActionLine("fix", "owner", due, CorrectionActionStatus.InProgress, null);

        open.IsOverdueOn(due.AddDays(1)).Should().BeTrue();
        open.IsOverdueOn(due).Should().BeFalse("an action due today is not late yet");
        (open with { Status = CorrectionActionStatus.Planned }).IsOverdueOn(due.AddDays(1)).Should().BeTrue();
        (open with { Status = CorrectionActionStatus.Done }).IsOverdueOn(due.AddDays(1)).Should().BeFalse();
        (open with { Status = CorrectionActionStatus.Verified }).IsOverdueOn(due.AddDays(1)).Should().BeFalse();
    }

    [Test]
    public void Compare_SelfAssessmentAndInspection_ExactlyTheStandardsBothJudgedDifferently()
    {
        var own = Result(seed: 21, quality: 0.88);
        var inspection = Result(seed: 3, quality: 0.8);
        var expected = own.Findings
            .Where(f => f.IsEvaluated && inspection.For(f.StandardCode) is { IsEvaluated: true } other && other.Status != f.Status)
            .Select(f => f.StandardCode)
            .ToList();

        var comparison = ReportModelBuilder.Compare(own, inspection);

        expected.Should().NotBeEmpty();
        comparison.Disagreements.Select(d => d.StandardCode).Should().Equal(expected);
        comparison.Disagreements.Should().OnlyContain(d => d.OwnStatus != d.InspectionStatus);
    }

    [Test]
    public void Brief_SelfAssessmentAfterTheLastInspection_LastInspectionIsTheExternalOne()
    {
        var brief = Samples.Brief();

        brief.LastInspection!.Kind.Should().Be(VisitKind.Regular);
        brief.LastInspection.VisitedOn.Should().Be(SampleReports.VisitDate);
        brief.LastSelfAssessment!.SelfAssessment.Kind.Should().Be(VisitKind.SelfAssessment);
        brief.ScoreTrend.Select(p => p.VisitedOn).Should().BeInAscendingOrder();
    }

    [Test]
    public void ComplianceReport_ThroughJson_ComesBackTheSame()
    {
        var report = Samples.Compliance();

        var json = JsonSerializer.Serialize(report);
        var back = JsonSerializer.Deserialize<ComplianceReport>(json)!;

        JsonSerializer.Serialize(back).Should().Be(json);
        back.Findings.Select(f => f.StandardCode).Should().Equal(report.Findings.Select(f => f.StandardCode));
        json.Should().NotContain("ResidentsOwnView", "derived views are not stored");
    }

    [Test]
    public void ResidentsOwnView_SampleReport_TheFindingsThatRestOnResidentInterviews()
    {
        var report = Samples.Compliance();

        report.ResidentsOwnView.Should().NotBeEmpty()
            .And.OnlyContain(f => f.EvidenceSources.Contains(EvidenceSource.ResidentInterview));
        report.ResidentsOwnView.Should().HaveCount(Samples.RuleSet.Standards.Count(s => s.Evidence.Contains(EvidenceSource.ResidentInterview)));
    }
}
