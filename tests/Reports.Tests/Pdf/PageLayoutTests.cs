using Inspection.Reports.Models;
using Inspection.Reports.Rendering;

namespace Inspection.Reports.Tests.Pdf;

/// <summary>The layout checks the large report relies on find the faults they look for, on pages made to have them.</summary>
public class PageLayoutTests
{
    private static async Task<ReportPdf> PrintAsync(string body)
    {
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body {{ font-family: 'Noto Sans'; font-size: 10pt; margin: 0; }}</style></head><body>{body}</body></html>";
        var pdf = await ReportsSetUp.Printer.PrintAsync(new ReportHtml("layout", html, "<span></span>", "<span></span>"));
        return ReportPdf.Read(pdf, ReportLanguage.English);
    }

    [Test]
    public async Task Overlaps_TextDrawnOverText_Found()
    {
        var pdf = await PrintAsync("<div style=\"position: relative\"><p style=\"margin: 0\">Overlapping words here</p><p style=\"margin: 0; position: absolute; top: 0; left: 2pt\">Overlapping words here</p></div>");

        pdf.Pages.SelectMany(PageLayout.Overlaps).Should().NotBeEmpty();
    }

    [Test]
    public async Task Overlaps_OrdinaryParagraphs_NoneFound()
    {
        var pdf = await PrintAsync("<p>An ordinary paragraph with office, fifty and staff.</p><p>Another one below it, Wolf and AV.</p>");

        pdf.Pages.SelectMany(PageLayout.Overlaps).Should().BeEmpty();
    }

    [Test]
    public async Task InTheSideMargins_WordThatDoesNotWrap_Found()
    {
        var pdf = await PrintAsync($"<p style=\"white-space: nowrap\">{string.Concat(Enumerable.Repeat("unbreakable", 20))}</p>");

        pdf.Pages.SelectMany(PageLayout.InTheSideMargins).Should().NotBeEmpty();
    }
}
