using System.Globalization;
using Microsoft.Playwright;

namespace Inspection.WebUi.Tests.Figures;

/// <summary>
/// The figures for the web interface, measured in Chromium against the service as deployed
/// (published: trimmed, compressed): the first download of the app, compressed as transferred (target
/// 5 MB), and the time from navigation to a usable questionnaire on loopback, warm (target 2 s). They are
/// printed and written to <c>artifacts/figures/web-figures.txt</c>; the tests assert that they were
/// measured, not the targets (a benchmark's figure, not a timed test).
/// </summary>
[NonParallelizable]
public sealed class WebFigures
{
    private PublishedService _service = null!;

    [OneTimeSetUp]
    public async Task PublishAndStartAsync() => _service = await PublishedService.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    [Test]
    public async Task FirstDownload_OfTheSignInAndASupervisorsFirstPage_IsMeasuredCompressed()
    {
        await using var context = await NewContextAsync();
        var responses = new List<IResponse>();
        context.Response += (_, response) => responses.Add(response);
        var page = await context.NewPageAsync();

        await page.GotoAsync("app/sign-in");
        await page.Locator("main h1").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator("#username").FillAsync("supervisor.north");
        await page.Locator("#password").FillAsync(WebUiTest.DemoPassword);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"), new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long app = 0, api = 0, encoded = 0;
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            var transferred = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            if (new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                api += transferred;
            }
            else
            {
                app += transferred;
                encoded += await response.HeaderValueAsync("content-encoding") is "br" or "gzip" ? sizes.ResponseBodySize : 0;
            }
        }

        Record($"first download of the app (published; sign-in page, then a supervisor's first page): {Mb(app)} transferred compressed "
            + $"({Mb(encoded)} of it in Brotli or gzip bodies, {responses.Count} responses), plus {Kb(api)} of API answers; target <= 5 MB");
        app.Should().BeGreaterThan(500_000, "the app's runtime and assemblies were downloaded");
        encoded.Should().BeGreaterThan(app / 2, "the app's files were served compressed");
    }

    private async Task<IBrowserContext> NewContextAsync() =>
        await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _service.Address.ToString(),
            ViewportSize = WebUiTest.Tablet,
            Locale = "he-IL",
        });

    internal static string Mb(long bytes) => (bytes / 1_000_000d).ToString("0.00", CultureInfo.InvariantCulture) + " MB";

    internal static string Kb(long bytes) => (bytes / 1_000d).ToString("0", CultureInfo.InvariantCulture) + " KB";

    /// <summary>Prints a figure and appends it, dated, to <c>artifacts/figures/web-figures.txt</c>.</summary>
    internal static void Record(string figure)
    {
        var folder = Path.Combine(WebUiHost.RepositoryRoot(), "artifacts", "figures");
        Directory.CreateDirectory(folder);
        var line = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC  {figure}";
        File.AppendAllLines(Path.Combine(folder, "web-figures.txt"), [line]);
        TestContext.Out.WriteLine(line);
    }
}
