using Inspection.Engine;
using Inspection.Engine.Responses;
using Inspection.Reports.Building;
using Inspection.Reports.Components;
using Inspection.Reports.Models;
using Inspection.Reports.Samples;

namespace Inspection.Reports.Tests;

/// <summary>An inspection with no evidence prints "not rated: insufficient evidence" and what is missing, never a rating.</summary>
public class NotRatedReportTests
{
    [TestCase(ReportLanguage.Hebrew)]
    [TestCase(ReportLanguage.English)]
    public async Task Print_NothingJudged_NotRatedWithWhatIsMissing(ReportLanguage language)
    {
        var ruleSet = ReportsSetUp.Samples.RuleSet;
        var result = new RuleSetCompiler().Compile(ruleSet).Evaluate(new InspectionResponse(SampleReports.VisitDate, new Dictionary<string, AnswerValue>(), []));
        var report = new ReportModelBuilder(ruleSet).Compliance(result, SampleReports.Visit(ruleSet, result));
        var notRated = report.Summary.NotRated!;
        string T(Standards.Model.LocalizedText text) => language == ReportLanguage.Hebrew ? text.He : text.En;

        var pdf = (await ReportsSetUp.PrintOnce("not-rated", language, r => r.RenderAsync(report, language))).Read;

        notRated.Reasons.Should().NotBeEmpty();
        foreach (var reason in notRated.Reasons)
        {
            pdf.Contains($"{T(Labels.NotRated)}: {T(reason)}").Should().BeTrue();
        }

        foreach (var missing in notRated.Missing)
        {
            pdf.Contains(T(missing)).Should().BeTrue("{0} is listed as missing", T(missing));
        }

        // The headline cards open the summary, before the list of what is missing, on the summary's first page.
        var summary = pdf.Pages.First(p => p.Lines.Contains(T(Labels.Summary))).Lines.ToList();
        var cards = summary.IndexOf($"— {T(Labels.NotRated)} — {Percentage(report.Summary.EvidenceCoverage)}");
        cards.Should().BeGreaterThan(summary.IndexOf(T(Labels.Summary)));
        cards.Should().BeLessThan(summary.FindIndex(l => l.StartsWith(T(Labels.NotRated) + ":", StringComparison.Ordinal)));
    }

    private static string Percentage(decimal? share) =>
        share is { } s ? (s * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
