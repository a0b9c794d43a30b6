using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Reports.Samples;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>The improvement report: plans with overdue actions marked, follow-up results, and the comparison with the previous inspection.</summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class ImprovementReportTests(ReportLanguage language)
{
    private ImprovementReport _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.Improvement();
        _printed = await SampleReport.Print("improvement", language);
    }

    private string T(LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

    [Test]
    public void Print_Plan_EveryDeficiencyWithItsStatementAndFollowUpResult()
    {
        _report.Items.Should().NotBeEmpty();
        _printed.Read.Pages[0].Text.Should().Contain(SampleReports.FacilityName);
        foreach (var item in _report.Items)
        {
            _printed.Read.Contains(T(item.Deficiency.Statement)).Should().BeTrue("{0} is in the plan", item.StandardCode);
            var followUp = item.FollowUp!;
            _printed.Read.Contains($"{T(Labels.FollowUp)}: {T(Labels.For(followUp.Standing))}").Should().BeTrue();
        }
    }

    [Test]
    public void Print_Plan_OverdueActionsMarkedAndNoOthers()
    {
        var actions = _report.Items.SelectMany(i => i.Actions).ToList();
        var overdue = actions.Count(a => a.IsOverdueOn(_report.AsOf));
        overdue.Should().BeGreaterThan(0).And.BeLessThan(actions.Count, "the sample has actions overdue and actions not");

        var marked = _printed.Read.Pages.SelectMany(p => p.Lines).Count(l => l.Contains(T(Labels.Overdue), StringComparison.Ordinal));

        marked.Should().Be(overdue);
    }

    [Test]
    public void Print_Comparison_EveryMovementWithItsChange()
    {
        _report.Comparison.Select(c => c.Change).Distinct().Should().HaveCountGreaterThan(2, "the sample's deficiencies moved in several ways");
        var lines = _printed.Read.Pages.SelectMany(p => p.Lines).ToList();
        foreach (var movement in _report.Comparison)
        {
            lines.Should().Contain(l => l.Split(' ').Contains(movement.StandardCode) && l.Contains(T(Labels.For(movement.Change)), StringComparison.Ordinal),
                "{0} is {1}", movement.StandardCode, movement.Change);
        }
    }
}
