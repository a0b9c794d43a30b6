using System.Globalization;
using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>The preparation brief: the score trend, previous deficiencies, open disputes and the last census.</summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class PreparationBriefTests(ReportLanguage language)
{
    private PreparationBrief _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.Brief();
        _printed = await SampleReport.Print("preparation-brief", language);
    }

    private string T(LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

    private string Day(DateOnly day) => language == ReportLanguage.Hebrew
        ? day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
        : day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    [Test]
    public void Print_Brief_EveryPastInspectionInTheTrendTable()
    {
        _report.ScoreTrend.Should().HaveCount(4);
        foreach (var point in _report.ScoreTrend)
        {
            var score = (point.OverallScore!.Value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
            var rating = point.Rating is { } r ? T(r.Label) : T(Labels.NotRated);
            _printed.Read.Pages.SelectMany(p => p.Lines).Should().Contain($"{Day(point.VisitedOn)} {T(Labels.For(point.Kind))} {score} {rating}");
        }
    }

    [Test]
    public void Print_Brief_PreviousDeficienciesOpenDisputesAndCensus()
    {
        _report.PreviousDeficiencies.Should().NotBeEmpty();
        foreach (var item in _report.PreviousDeficiencies)
        {
            _printed.Read.Contains(T(item.Deficiency.Statement)).Should().BeTrue();
        }

        _printed.Read.Contains(_report.OpenDisputes.Single().Reason).Should().BeTrue();
        foreach (var count in _report.LastCensus!.Counts)
        {
            _printed.Read.Pages.SelectMany(p => p.Lines).Should().Contain($"{T(count.Title)} {count.Residents}");
        }
    }
}
