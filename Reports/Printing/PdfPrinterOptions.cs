namespace Inspection.Reports.Printing;

/// <summary>Settings of <see cref="PdfPrinter"/>.</summary>
public sealed class PdfPrinterOptions
{
    /// <summary>The Chromium to launch (Debian's by default); Playwright never downloads one.</summary>
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Reports printed at once by the one browser; more wait their turn.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>Attempts per report: a print that fails because the browser died is retried in a relaunched browser.</summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>How long one print (load and PDF) may take.</summary>
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Whether the PDF carries its structure (headings, tables, reading order) for screen readers.
    /// Building it costs the browser about as much again as the printing itself on a long report.
    /// </summary>
    public bool TaggedPdf { get; set; }

    /// <summary>Paper size, as Chromium names it.</summary>
    public string PaperFormat { get; set; } = "A4";

    /// <summary>
    /// Command-line switches for a headless Chromium in a container or a CI machine. Every connection
    /// the browser would open goes to a proxy at a closed local port (loopback included), so that not
    /// even a speculative preconnect, which request interception never sees, leaves the machine.
    /// </summary>
    public IList<string> BrowserArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--dns-prefetch-disable",
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
    ];
}
