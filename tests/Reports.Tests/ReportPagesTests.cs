using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Reports.Samples;
using Inspection.Standards.Model;

namespace Inspection.Reports.Tests;

/// <summary>Every report in both languages: a running header with the facility, the report and the date; "page n of m" to the last page.</summary>
public class ReportPagesTests
{
    public static IEnumerable<TestCaseData> Reports() =>
        from name in SampleReport.Names
        from language in new[] { ReportLanguage.Hebrew, ReportLanguage.English }
        select new TestCaseData(name, language).SetArgDisplayNames(name, language.ToString());

    private static readonly Dictionary<string, (LocalizedText Title, int MinPages, int MaxPages)> Expected = new(StringComparer.Ordinal)
    {
        // Page counts follow from the content: sixty findings with evidence fill several pages; a brief stays short.
        ["compliance"] = (Labels.ComplianceReport, 5, 14),
        ["improvement"] = (Labels.ImprovementReport, 2, 10),
        ["self-assessment"] = (Labels.SelfAssessmentReport, 5, 16),
        ["preparation-brief"] = (Labels.PreparationBrief, 2, 8),
    };

    [TestCaseSource(nameof(Reports))]
    public async Task Print_Report_RunningHeaderOnEveryPage(string name, ReportLanguage language)
    {
        var printed = await SampleReport.Print(name, language);
        var title = language == ReportLanguage.Hebrew ? Expected[name].Title.He : Expected[name].Title.En;

        printed.Read.Pages.Should().OnlyContain(p => p.Lines[0].StartsWith($"{SampleReports.FacilityName} {title} ", StringComparison.Ordinal),
            "each page's header names the facility and the report, then the date");
    }

    [TestCaseSource(nameof(Reports))]
    public async Task Print_Report_PageNOfMToTheLastPage(string name, ReportLanguage language)
    {
        var pages = (await SampleReport.Print(name, language)).Read.Pages;

        pages.Count.Should().BeInRange(Expected[name].MinPages, Expected[name].MaxPages);
        pages.Select(p => p.Lines[^1]).Should().Equal(pages.Select(p =>
            language == ReportLanguage.Hebrew ? $"עמוד {p.Number} מתוך {pages.Count}" : $"Page {p.Number} of {pages.Count}"));
    }
}
