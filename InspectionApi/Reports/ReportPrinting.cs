using Inspection.Reports.Models;
using Inspection.Reports.Printing;
using Inspection.Reports.Rendering;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Reports;

/// <summary>
/// The process's one report renderer and one warm browser (started at the first print), shared by the
/// report jobs and the endpoints that render on request.
/// </summary>
public sealed class ReportPrinting(IOptions<ReportOptions> options) : IAsyncDisposable, IDisposable
{
    private readonly ReportRenderer _renderer = new();
    private readonly PdfPrinter _printer = new(new PdfPrinterOptions
    {
        ExecutablePath = options.Value.ChromiumPath,
        MaxConcurrentPrints = options.Value.MaxConcurrentPrints,
    });

    /// <summary>The report as one self-contained HTML document.</summary>
    public Task<ReportHtml> HtmlAsync(object model, ReportLanguage language) => model switch
    {
        ComplianceReport report => _renderer.RenderAsync(report, language),
        ImprovementReport report => _renderer.RenderAsync(report, language),
        SelfAssessmentReport report => _renderer.RenderAsync(report, language),
        PreparationBrief report => _renderer.RenderAsync(report, language),
        _ => throw new ArgumentException($"{model.GetType().Name} is not a report model", nameof(model)),
    };

    /// <summary>The report printed to PDF.</summary>
    public async Task<byte[]> PdfAsync(object model, ReportLanguage language, CancellationToken cancellationToken) =>
        await _printer.PrintAsync(await HtmlAsync(model, language), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _printer.DisposeAsync();
        await _renderer.DisposeAsync();
    }

    // The host's container may be disposed synchronously (a test host); the browser must not outlive it.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
