using Inspection.Reports.Rendering;
using Microsoft.Playwright;

namespace Inspection.Reports.Printing;

/// <summary>
/// Prints rendered reports to PDF with one warm headless Chromium, reused for every report. Each
/// report gets its own browser context with JavaScript off and every network request aborted: the
/// HTML is set directly and is self-contained. At most <see cref="PdfPrinterOptions.MaxConcurrentPrints"/>
/// print at once. A browser that crashed (or was killed) is relaunched and the print retried.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly PdfPrinterOptions _options;
    private readonly SemaphoreSlim _prints;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly string _marker = $"--inspection-report-printer={Guid.NewGuid():N}";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _launches;
    private bool _disposed;

    public PdfPrinter(PdfPrinterOptions? options = null)
    {
        _options = options ?? new PdfPrinterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxConcurrentPrints, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1);
        _prints = new SemaphoreSlim(_options.MaxConcurrentPrints, _options.MaxConcurrentPrints);
    }

    /// <summary>How many times a browser was launched (the first launch and every relaunch).</summary>
    public int Launches => Volatile.Read(ref _launches);

    /// <summary>The running browser's process ids, main process first; empty before the first print.</summary>
    public IReadOnlyList<int> BrowserProcessIds() => _browser is null ? [] : BrowserProcesses.Find(_marker);

    /// <summary>Launches the browser now rather than at the first print.</summary>
    public async Task WarmUpAsync() => await BrowserAsync(failed: null).ConfigureAwait(false);

    /// <summary>Prints <paramref name="report"/> to a PDF document.</summary>
    /// <exception cref="ReportPrintException">Every attempt failed.</exception>
    public async Task<byte[]> PrintAsync(ReportHtml report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _prints.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IBrowser? failed = null;
            for (var attempt = 1; ; attempt++)
            {
                var browser = await BrowserAsync(failed).ConfigureAwait(false);
                try
                {
                    return await PrintOnceAsync(browser, report, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException e)
                {
                    throw new ReportPrintException($"\"{report.Title}\" could not be printed within {_options.PrintTimeout}.", e);
                }
                catch (PlaywrightException e)
                {
                    if (attempt >= _options.MaxAttempts)
                    {
                        throw new ReportPrintException($"\"{report.Title}\" could not be printed in {attempt} attempts: {e.Message}", e);
                    }

                    // A closed page or a crashed renderer is tried again; a browser that is gone is relaunched first.
                    failed = browser.IsConnected ? null : browser;
                }
            }
        }
        finally
        {
            _prints.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await CloseAsync(_browser).ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _prints.Dispose();
        _launch.Dispose();
    }

    private async Task<byte[]> PrintOnceAsync(IBrowser browser, ReportHtml report, CancellationToken cancellationToken)
    {
        var timeout = (float)_options.PrintTimeout.TotalMilliseconds;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
        try
        {
            context.SetDefaultTimeout(timeout);
            await context.RouteAsync("**/*", route => route.AbortAsync()).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetContentAsync(report.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = _options.PaperFormat,
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = report.HeaderTemplate,
                FooterTemplate = report.FooterTemplate,
                Margin = new Margin { Top = "17mm", Bottom = "15mm", Left = "12mm", Right = "12mm" },
                Tagged = true,
            }).ConfigureAwait(false);
        }
        finally
        {
            if (browser.IsConnected)
            {
                await context.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    // The browser to print with: the running one, or a new one when there is none or it is the one that failed.
    private async Task<IBrowser> BrowserAsync(IBrowser? failed)
    {
        var current = _browser;
        if (current is not null && current != failed && current.IsConnected)
        {
            return current;
        }

        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is not null && _browser != failed && _browser.IsConnected)
            {
                return _browser;
            }

            if (_browser is not null)
            {
                await CloseAsync(_browser).ConfigureAwait(false);
            }

            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            var arguments = new List<string>(_options.BrowserArguments) { _marker };
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ExecutablePath,
                Headless = true,
                Args = arguments,
            }).ConfigureAwait(false);
            Interlocked.Increment(ref _launches);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private static async Task CloseAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Already gone: closing a crashed browser has nothing left to close.
        }
    }
}
