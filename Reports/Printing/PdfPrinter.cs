using Inspection.Reports.Rendering;
using Microsoft.Playwright;

namespace Inspection.Reports.Printing;

/// <summary>
/// Prints rendered reports to PDF with one warm headless Chromium, reused for every report. The
/// browser has one context with JavaScript off and every request aborted (the HTML is set directly
/// and is self-contained), and keeps up to <see cref="PdfPrinterOptions.MaxConcurrentPrints"/> pages
/// open for reuse: opening a page starts a renderer process, which costs more than printing a short
/// report. At most that many reports print at once. A browser that crashed (or was killed) is
/// relaunched and the print retried.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly PdfPrinterOptions _options;
    private readonly SemaphoreSlim _prints;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly Stack<IPage> _idlePages = new();
    private readonly string _marker = $"--inspection-report-printer={Guid.NewGuid():N}";
    private IPlaywright? _playwright;
    private Browser? _browser;
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
    /// <exception cref="ReportPrintException">Every attempt failed, or the print took longer than allowed.</exception>
    public async Task<byte[]> PrintAsync(ReportHtml report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _prints.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Browser? failed = null;
            for (var attempt = 1; ; attempt++)
            {
                var browser = await BrowserAsync(failed).ConfigureAwait(false);
                IPage? page = null;
                try
                {
                    page = TakeIdlePage(browser) ?? await OpenPageAsync(browser).ConfigureAwait(false);
                    var pdf = await PrintOnPageAsync(page, report, cancellationToken).ConfigureAwait(false);
                    ReturnPage(page);
                    return pdf;
                }
                catch (OperationCanceledException)
                {
                    // Stopped between steps: the page may hold half a document, so it is not reused.
                    await CloseAsync(page).ConfigureAwait(false);
                    throw;
                }
                catch (TimeoutException) when (page is null && attempt < _options.MaxAttempts)
                {
                    // The browser did not open a page: it is wedged (seen with no renderer left), so it is relaunched.
                    failed = browser;
                }
                catch (TimeoutException e)
                {
                    await CloseAsync(page).ConfigureAwait(false);
                    throw new ReportPrintException($"\"{report.Title}\" could not be printed within {_options.PrintTimeout}.", e);
                }
                catch (PlaywrightException e)
                {
                    await CloseAsync(page).ConfigureAwait(false);
                    if (attempt >= _options.MaxAttempts)
                    {
                        throw new ReportPrintException($"\"{report.Title}\" could not be printed in {attempt} attempts: {e.Message}", e);
                    }

                    // A crashed page is replaced; a browser that is gone is relaunched first.
                    failed = browser.Instance.IsConnected ? null : browser;
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

    private async Task<byte[]> PrintOnPageAsync(IPage page, ReportHtml report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await page.SetContentAsync(report.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = _options.PaperFormat,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = report.HeaderTemplate,
            FooterTemplate = report.FooterTemplate,
            Margin = new Margin { Top = "17mm", Bottom = "15mm", Left = "12mm", Right = "12mm" },
            Tagged = _options.TaggedPdf,
        }).WaitAsync(_options.PrintTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IPage> OpenPageAsync(Browser browser)
    {
        // Opening a page has no timeout of its own in Playwright; a wedged browser would keep it waiting forever.
        var page = await browser.Context.NewPageAsync().WaitAsync(_options.PrintTimeout).ConfigureAwait(false);
        page.SetDefaultTimeout((float)_options.PrintTimeout.TotalMilliseconds);
        return page;
    }

    private IPage? TakeIdlePage(Browser browser)
    {
        lock (_idlePages)
        {
            while (_idlePages.TryPop(out var page))
            {
                if (!page.IsClosed && page.Context == browser.Context)
                {
                    return page;
                }
            }

            return null;
        }
    }

    private void ReturnPage(IPage page)
    {
        lock (_idlePages)
        {
            _idlePages.Push(page);
        }
    }

    // The browser to print with: the running one, or a new one when there is none or it is the one that failed.
    private async Task<Browser> BrowserAsync(Browser? failed)
    {
        var current = _browser;
        if (current is not null && current != failed && current.Instance.IsConnected)
        {
            return current;
        }

        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is not null && _browser != failed && _browser.Instance.IsConnected)
            {
                return _browser;
            }

            if (_browser is not null)
            {
                await CloseAsync(_browser).ConfigureAwait(false);
            }

            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            var instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.ExecutablePath,
                Headless = true,
                Args = [.. _options.BrowserArguments, _marker],
            }).ConfigureAwait(false);
            var context = await instance.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
            await context.RouteAsync("**/*", route => route.AbortAsync()).ConfigureAwait(false);
            _browser = new Browser(instance, context);
            Interlocked.Increment(ref _launches);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private static async Task CloseAsync(Browser browser)
    {
        try
        {
            await browser.Instance.CloseAsync().WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Already gone: closing a crashed browser has nothing left to close.
        }
        catch (TimeoutException)
        {
            // A wedged browser is left to Playwright's driver, which ends it with the process.
        }
    }

    private static async Task CloseAsync(IPage? page)
    {
        if (page is null || page.IsClosed)
        {
            return;
        }

        try
        {
            await page.CloseAsync().WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page went down with its renderer or browser.
        }
        catch (TimeoutException)
        {
            // A wedged renderer does not answer; the page is dropped and the browser relaunched if it stays so.
        }
    }

    private sealed record Browser(IBrowser Instance, IBrowserContext Context);
}
