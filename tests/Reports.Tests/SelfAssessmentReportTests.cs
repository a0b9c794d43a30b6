using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>The self-assessment report: marked as the provider's own, its plan, and where the last external inspection disagreed.</summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class SelfAssessmentReportTests(ReportLanguage language)
{
    private SelfAssessmentReport _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.SelfAssessment();
        _printed = await SampleReport.Print("self-assessment", language);
    }

    private string T(LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

    [Test]
    public void Print_SelfAssessment_SaysItIsNotAnOfficialResult() =>
        _printed.Read.Pages[0].Text.Should().Contain(T(Labels.SelfAssessmentNotice));

    [Test]
    public void Print_SelfAssessment_EveryDisagreementWithBothResults()
    {
        var disagreements = _report.LastInspection!.Disagreements;
        disagreements.Should().NotBeEmpty();
        var lines = _printed.Read.Pages.SelectMany(p => p.Lines).ToList();
        foreach (var d in disagreements)
        {
            lines.Should().Contain(l => l.Split(' ').Contains(d.StandardCode)
                && l.Contains(T(Labels.For(d.OwnStatus)), StringComparison.Ordinal)
                && l.Contains(T(Labels.For(d.InspectionStatus)), StringComparison.Ordinal));
        }
    }

    [Test]
    public void Print_SelfAssessment_OwnPlanForEveryOwnDeficiency()
    {
        _report.ImprovementPlan.Should().NotBeEmpty();
        foreach (var item in _report.ImprovementPlan)
        {
            _printed.Read.Contains(T(item.Deficiency.Statement)).Should().BeTrue();
        }
    }
}
