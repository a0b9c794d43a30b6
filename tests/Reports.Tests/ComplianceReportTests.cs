using System.Globalization;
using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;
using Inspection.Reports.Samples;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>
/// The compliance report of an inspection evaluated by the real Engine against the shipped
/// elderly-care-home catalog, printed by Chromium and read back with PdfPig, in both languages.
/// </summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class ComplianceReportTests(ReportLanguage language)
{
    private ComplianceReport _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.Compliance();
        _printed = await SampleReport.Print("compliance", language);
    }

    private string T(LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

    [Test]
    public void Print_SampleInspection_FacilityOnFirstPageAndInEveryRunningHeader()
    {
        _printed.Read.Pages[0].Text.Should().Contain(SampleReports.FacilityName);
        _printed.Read.Pages.Should().OnlyContain(p => p.Lines.Take(2).Any(l => l.Contains(SampleReports.FacilityName, StringComparison.Ordinal)),
            "the running header names the facility on every page");
    }

    [Test]
    public void Print_SampleInspection_PageNOfMOnEveryPage()
    {
        var pages = _printed.Read.Pages;
        pages.Should().HaveCountGreaterThan(3, "sixty findings with their evidence take several pages");
        foreach (var page in pages)
        {
            var footer = language == ReportLanguage.Hebrew ? $"עמוד {page.Number} מתוך {pages.Count}" : $"Page {page.Number} of {pages.Count}";
            page.Lines[^1].Should().Be(footer);
        }
    }

    [Test]
    public void Print_SampleInspection_SummaryCardsShowScoreRatingBandAndCoverage()
    {
        var summary = _report.Summary;
        var rating = summary.Rating!;
        rating.Caps.Should().NotBeEmpty("the sample has a critical deficiency that caps its rating");
        rating.ScoreBand.Code.Should().NotBe(rating.Band.Code, "the caps lowered the rating below the band of the score");
        var labels = Line(_printed.Read.Pages[0], T(Labels.OverallScore));

        _printed.Read.Pages[0].Lines[labels].Should().Be($"{T(Labels.OverallScore)} {T(Labels.Rating)} {T(Labels.ScoreBand)} {T(Labels.EvidenceCoverage)}");
        _printed.Read.Pages[0].Lines[labels + 1].Should().Be(
            $"{Percent(summary.OverallScore!.Value)} {T(rating.Band.Label)} {T(rating.ScoreBand.Label)} {Percent(summary.EvidenceCoverage!.Value)}");
    }

    [Test]
    public void Print_SampleInspection_EveryDomainScoreInTheDomainTable()
    {
        foreach (var domain in _report.Summary.Domains)
        {
            _printed.Read.Pages[0].Lines.Should().Contain(
                $"{T(domain.Title)} {domain.Weight.ToString("0.##", CultureInfo.InvariantCulture)} {domain.Met} {domain.NotMet} {Percent(domain.Score!.Value)}");
        }
    }

    [Test]
    public void Print_SampleInspection_EveryCapReasonWithTheStandardsThatTriggeredIt()
    {
        foreach (var cap in _report.Summary.Rating!.Caps)
        {
            cap.StandardCodes.Should().NotBeEmpty();
            _printed.Read.Contains($"{T(cap.Reason)}. {T(Labels.CapHoldsAt)}: {T(cap.MaxRating.Label)}; {T(Labels.TriggeredBy)}: {string.Join(", ", cap.StandardCodes)}.")
                .Should().BeTrue("the reason of cap {0} is printed", cap.Code);
        }
    }

    [Test]
    public void Print_SampleInspection_EveryDeficiencyWithStatementGradeAndResidents()
    {
        var deficiencies = _report.Findings.Where(f => f.Deficiency is not null).ToList();
        deficiencies.Should().HaveCountGreaterThan(3);
        foreach (var finding in deficiencies)
        {
            var d = finding.Deficiency!;
            _printed.Read.Contains(T(d.Statement)).Should().BeTrue("the statement of {0} is printed:\n{1}", finding.StandardCode, T(d.Statement));
            _printed.Read.Contains($"{T(Labels.Grade)}: {d.Grade}").Should().BeTrue();
            foreach (var resident in d.ResidentsConcerned)
            {
                _printed.Read.Text.Should().Contain(resident);
            }
        }
    }

    [Test]
    public void Print_SampleInspection_DisputeReasonsAndSignatures()
    {
        _report.Disputes.Should().NotBeEmpty();
        foreach (var dispute in _report.Disputes)
        {
            _printed.Read.Contains(dispute.Reason).Should().BeTrue();
        }

        foreach (var signature in _report.Signatures)
        {
            _printed.Read.Contains($"{T(signature.Role)} {signature.Name}").Should().BeTrue("{0} signs", signature.Name);
        }
    }

    private static int Line(PageText page, string start)
    {
        var index = page.Lines.ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, "a line starts with \"{0}\"", start);
        return index;
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
