using System.Collections.Concurrent;
using Inspection.Reports.Models;
using Inspection.Reports.Printing;
using Inspection.Reports.Rendering;
using Inspection.Reports.Samples;
using Inspection.Reports.Tests.Pdf;

namespace Inspection.Reports.Tests;

/// <summary>
/// One warm Chromium and one renderer for the whole test run, as the host keeps them, and the sample
/// reports printed once each and shared by the tests that read them.
/// </summary>
[SetUpFixture]
public sealed class ReportsSetUp
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Printed>>> PrintedReports = new(StringComparer.Ordinal);

    internal static PdfPrinter Printer { get; private set; } = null!;

    internal static ReportRenderer Renderer { get; private set; } = null!;

    internal static SampleReports Samples { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartBrowser()
    {
        Samples = SampleReports.Load();
        Renderer = new ReportRenderer();
        Printer = new PdfPrinter();
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        await Printer.DisposeAsync();
        await Renderer.DisposeAsync();
    }

    /// <summary>Renders and prints a report once per key and language; later calls share the result.</summary>
    internal static Task<Printed> PrintOnce(string key, ReportLanguage language, Func<ReportRenderer, Task<ReportHtml>> render) =>
        PrintedReports.GetOrAdd($"{key}/{language}", _ => new Lazy<Task<Printed>>(async () =>
        {
            var html = await render(Renderer);
            var pdf = await Printer.PrintAsync(html);
            return new Printed(html, pdf, ReportPdf.Read(pdf, language));
        })).Value;
}
