namespace Inspection.Api.Reports;

/// <summary>How the service prints reports (section <c>Reports</c>).</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The Chromium that prints PDFs (default Debian's).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>PDFs printed at once by the one browser; more wait their turn.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>How long a download without an edition yet tells the client to wait before asking again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
