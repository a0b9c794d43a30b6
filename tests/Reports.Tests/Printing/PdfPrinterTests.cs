using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Inspection.Reports.Models;
using Inspection.Reports.Printing;
using Inspection.Reports.Rendering;
using Inspection.Reports.Tests.Pdf;

namespace Inspection.Reports.Tests.Printing;

/// <summary>The printer with a real Chromium: user text stays text, no script runs, nothing reaches the network, a dead browser is replaced.</summary>
public class PdfPrinterTests
{
    private const string MarkupName = "<b>Shalom</b> & <script>document.title='x'</script> \"Home\"";
    private const string MarkupReason = "<img src=\"x\" onerror=\"alert(1)\"><i>not italic</i> & more";

    [TestCase(ReportLanguage.English)]
    [TestCase(ReportLanguage.Hebrew)]
    public async Task Print_MarkupInFacilityNameAndDisputeReason_PrintedAsText(ReportLanguage language)
    {
        var report = ReportsSetUp.Samples.Compliance(facilityName: MarkupName, disputeReason: MarkupReason);
        var html = await ReportsSetUp.Renderer.RenderAsync(report, language);

        html.Html.Should().NotContain("<b>Shalom").And.NotContain("<img src=\"x\"").And.NotContain("<i>not italic");
        html.Html.Should().Contain("&lt;b&gt;Shalom&lt;/b&gt; &amp; &lt;script&gt;");
        html.HeaderTemplate.Should().Contain("&lt;b&gt;Shalom").And.NotContain("<b>Shalom");
        var pdf = ReportPdf.Read(await ReportsSetUp.Printer.PrintAsync(html), language);

        pdf.Contains(MarkupReason).Should().BeTrue("the dispute reason is printed as the characters typed");
        if (language == ReportLanguage.English)
        {
            pdf.Pages[1].Lines[0].Should().StartWith(MarkupName, "the running header prints the name as typed");
            pdf.Pages[0].Lines.Should().Contain(l => l.StartsWith($"Facility {MarkupName}", StringComparison.Ordinal));
        }
        else
        {
            pdf.Contains("<b>Shalom</b>&<script>document.title='x'</script>\"Home\"").Should().BeTrue();
        }
    }

    [Test]
    public async Task Print_PageWithScript_ScriptDoesNotRun()
    {
        var html = Page("<p id=\"p\">written by the server</p><script>document.getElementById('p').textContent = 'written by a script';</script>");

        var pdf = ReportPdf.Read(await ReportsSetUp.Printer.PrintAsync(html), ReportLanguage.English);

        pdf.Text.Should().Contain("written by the server").And.NotContain("written by a script");
    }

    [Test]
    public async Task Print_PageThatLinksResources_NoRequestReachesTheNetwork()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var html = Page($$"""
            <link rel="stylesheet" href="{{url}}/style.css">
            <style>@font-face { font-family: Remote; src: url({{url}}/font.woff2); } p { font-family: Remote; background: url({{url}}/bg.png); }</style>
            <p>offline <img src="{{url}}/image.png"> <iframe src="{{url}}/frame"></iframe></p>
            """);

        var pdf = ReportPdf.Read(await ReportsSetUp.Printer.PrintAsync(html), ReportLanguage.English);

        pdf.Text.Should().Contain("offline");
        listener.Pending().Should().BeFalse("no connection was attempted, not even a preconnect, to what the page names");
    }

    [Test]
    public async Task Print_AfterTheBrowserWasKilled_RelaunchesAndPrints()
    {
        await using var printer = new PdfPrinter();
        var html = await ReportsSetUp.Renderer.RenderAsync(ReportsSetUp.Samples.Brief(), ReportLanguage.English);
        await printer.PrintAsync(html);
        var first = printer.BrowserProcessIds();
        first.Should().NotBeEmpty();

        using (var browser = Process.GetProcessById(first[0]))
        {
            browser.Kill();
            await browser.WaitForExitAsync();
        }

        var pdf = ReportPdf.Read(await printer.PrintAsync(html), ReportLanguage.English);

        pdf.Text.Should().Contain("Preparation brief");
        printer.Launches.Should().Be(2);
        printer.BrowserProcessIds().Should().NotContain(first[0]);
    }

    [Test]
    public async Task Print_BrowserKilledWhilePrinting_PrintRetriedInANewBrowser()
    {
        await using var printer = new PdfPrinter();
        await printer.WarmUpAsync();
        var html = await ReportsSetUp.Renderer.RenderAsync(ReportsSetUp.Samples.Compliance(standards: 300), ReportLanguage.English);
        var main = printer.BrowserProcessIds()[0];

        var printing = printer.PrintAsync(html);
        await Task.Delay(300);
        using (var browser = Process.GetProcessById(main))
        {
            browser.Kill();
        }

        var pdf = ReportPdf.Read(await printing, ReportLanguage.English);

        printer.Launches.Should().Be(2, "the print that lost its browser was retried in a new one");
        pdf.PageCount.Should().BeGreaterThan(25);
        pdf.Pages[^1].Lines[^1].Should().Be($"Page {pdf.PageCount} of {pdf.PageCount}");
    }

    [Test]
    public async Task Print_SeveralAtOnceWithOnePrintAllowed_AllPrinted()
    {
        await using var printer = new PdfPrinter(new PdfPrinterOptions { MaxConcurrentPrints = 1 });
        var pages = Enumerable.Range(1, 4).Select(i => Page($"<p>report number {i}</p>")).ToList();

        var pdfs = await Task.WhenAll(pages.Select(p => printer.PrintAsync(p)));

        pdfs.Select((pdf, i) => ReportPdf.Read(pdf, ReportLanguage.English).Text.Contains($"report number {i + 1}", StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
        printer.Launches.Should().Be(1, "one browser serves every report");
    }

    [Test]
    public async Task Print_Cancelled_CancelsAndTheNextPrintWorks()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var print = () => ReportsSetUp.Printer.PrintAsync(Page("<p>never</p>"), cancelled.Token);

        await print.Should().ThrowAsync<OperationCanceledException>();
        ReportPdf.Read(await ReportsSetUp.Printer.PrintAsync(Page("<p>after the cancelled one</p>")), ReportLanguage.English)
            .Text.Should().Contain("after the cancelled one");
    }

    [Test]
    public async Task Print_AfterDispose_Refused()
    {
        var printer = new PdfPrinter();
        await printer.DisposeAsync();

        var print = () => printer.PrintAsync(Page("<p>late</p>"));

        await print.Should().ThrowAsync<ObjectDisposedException>();
    }

    private static ReportHtml Page(string body) =>
        new("test", $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>", "<span></span>", "<span></span>");
}
