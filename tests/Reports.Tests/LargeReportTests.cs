using Inspection.Reports.Models;
using Inspection.Reports.Tests.Pdf;

namespace Inspection.Reports.Tests;

/// <summary>
/// A compliance report of 300 findings (the shipped catalog's standards repeated, real rules and
/// texts): nothing cut, nothing outside the page, no text printed over other text.
/// </summary>
[TestFixture(ReportLanguage.Hebrew)]
[TestFixture(ReportLanguage.English)]
public class LargeReportTests(ReportLanguage language)
{
    private ComplianceReport _report = null!;
    private Printed _printed = null!;

    [OneTimeSetUp]
    public async Task Print()
    {
        _report = ReportsSetUp.Samples.Compliance(standards: 300);
        _printed = await ReportsSetUp.PrintOnce("compliance-300", language, r => r.RenderAsync(_report, language));
    }

    [Test]
    public void Print_300Findings_EveryFindingCodeOnItsOwnRow()
    {
        _report.Findings.Should().HaveCount(300);
        var tokens = _printed.Read.Pages
            .SelectMany(p => p.Lines)
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        _report.Findings.Select(f => f.StandardCode).Where(code => !tokens.Contains(code)).Should().BeEmpty();
    }

    [Test]
    public void Print_300Findings_EveryDeficiencyStatementWhole()
    {
        var missing = _report.Findings
            .Where(f => f.Deficiency is not null)
            .Select(f => language == ReportLanguage.Hebrew ? f.Deficiency!.Statement.He : f.Deficiency!.Statement.En)
            .Where(statement => !_printed.Read.Contains(statement))
            .ToList();

        _report.Findings.Count(f => f.Deficiency is not null).Should().BeGreaterThan(20);
        missing.Should().BeEmpty();
    }

    [Test]
    public void Print_300Findings_PagesNumberedToTheEnd()
    {
        var pages = _printed.Read.Pages;
        pages.Count.Should().BeGreaterThan(25, "300 findings with the evidence of their deficiencies fill dozens of pages");
        pages[^1].Lines[^1].Should().Be(language == ReportLanguage.Hebrew ? $"עמוד {pages.Count} מתוך {pages.Count}" : $"Page {pages.Count} of {pages.Count}");
    }

    [Test]
    public void Print_300Findings_NoLetterOutsideThePage() =>
        _printed.Read.Pages.SelectMany(PageLayout.OutsideThePage).Should().BeEmpty();

    [Test]
    public void Print_300Findings_BodyTextInsideTheSideMargins() =>
        _printed.Read.Pages.SelectMany(PageLayout.InTheSideMargins).Should().BeEmpty();

    [Test]
    public void Print_300Findings_NoTextPrintedOverOtherText() =>
        _printed.Read.Pages.SelectMany(PageLayout.Overlaps).Take(10).Should().BeEmpty();
}
