using Inspection.Reports.Models;
using Inspection.Reports.Samples;

namespace Inspection.Reports.Tests.Rendering;

/// <summary>The HTML the renderer writes: one self-contained document in the report's language and direction.</summary>
public class ReportRendererTests
{
    [TestCase(ReportLanguage.Hebrew, "he", "rtl")]
    [TestCase(ReportLanguage.English, "en", "ltr")]
    public async Task RenderAsync_Language_DocumentInThatLanguageAndDirection(ReportLanguage language, string code, string direction)
    {
        var html = await ReportsSetUp.Renderer.RenderAsync(ReportsSetUp.Samples.Compliance(), language);

        html.Html.Should().StartWith("<!DOCTYPE html>").And.Contain($"<html lang=\"{code}\" dir=\"{direction}\">");
        html.HeaderTemplate.Should().Contain($"dir=\"{direction}\"");
        html.FooterTemplate.Should().Contain("class=\"pageNumber\"").And.Contain("class=\"totalPages\"");
    }

    [Test]
    public async Task RenderAsync_HebrewText_WrittenAsLettersNotEntities()
    {
        var html = await ReportsSetUp.Renderer.RenderAsync(ReportsSetUp.Samples.Compliance());

        html.Html.Should().Contain(SampleReports.FacilityName).And.NotContain("&#x5D1;");
    }

    [Test]
    public async Task RenderAsync_EveryReport_SelfContainedWithoutScriptOrExternalResource()
    {
        var samples = ReportsSetUp.Samples;
        var renderer = ReportsSetUp.Renderer;
        var pages = new[]
        {
            await renderer.RenderAsync(samples.Compliance()),
            await renderer.RenderAsync(samples.Improvement()),
            await renderer.RenderAsync(samples.SelfAssessment()),
            await renderer.RenderAsync(samples.Brief()),
        };

        foreach (var page in pages)
        {
            page.Html.Should().NotContainAny("<script", "<link", "src=", "url(", "@import");
        }
    }
}
