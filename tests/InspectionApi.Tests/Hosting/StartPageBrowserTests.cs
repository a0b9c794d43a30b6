using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Inspection.Api.Tests.Hosting;

/// <summary>
/// The start page in a real browser (Debian's Chromium, headless) against the service in its own
/// process: under the content security policy it works (its style and script run, the browser reports
/// no violation), shows the address it was opened at, and shows the demo users only in a demo.
/// </summary>
public sealed class StartPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private string _dataFolder = null!;

    [SetUp]
    public void NewDataFolder()
    {
        Assume.That(File.Exists(Chromium), "needs Debian's chromium");
        _dataFolder = InspectionApiFactory.NewDataFolder();
    }

    [TearDown]
    public void DeleteDataFolder()
    {
        SqliteConnection.ClearAllPools();
        if (_dataFolder is not null && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Test]
    public async Task StartPage_InADemo_RendersTheDemoUsersWithoutAPolicyViolation()
    {
        var port = ServiceProcess.FreePort();
        await using var service = await ServiceProcess.StartAsync(_dataFolder, port, ["--Inspection:SeedDemoData=true"]);

        var (dom, console) = await OpenAsync(service.Address);

        console.Should().NotContain(l => l.Contains("Content Security Policy", StringComparison.Ordinal), string.Join('\n', console));
        dom.Should().Contain("<section id=\"demo\">", "the script ran and showed the demo section");
        dom.Should().Contain("<code>supervisor.north</code>").And.Contain("demo1234");
        dom.Should().Contain($"curl -s -X POST http://127.0.0.1:{port}/api/auth/token");
    }

    [Test]
    public async Task StartPage_OutsideADemo_ShowsNoPasswordAndTheRealAddress()
    {
        var port = ServiceProcess.FreePort();
        await using var service = await ServiceProcess.StartAsync(_dataFolder, port, ["--Auth:FirstAdministratorPassword=a long enough password"]);

        var (dom, console) = await OpenAsync(service.Address);

        console.Should().NotContain(l => l.Contains("Content Security Policy", StringComparison.Ordinal), string.Join('\n', console));
        dom.Should().Contain("<section id=\"demo\" hidden=\"\">").And.NotContain("demo1234");
        dom.Should().Contain($"curl -s -X POST <span class=\"origin\">http://127.0.0.1:{port}</span>/api/auth/token").And.NotContain("this-server");
    }

    /// <summary>The page's DOM once its scripts have run, and what the browser logged of its console.</summary>
    internal static async Task<(string Dom, List<string> Console)> OpenAsync(Uri address)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", $"--user-data-dir={Path.Combine(Path.GetTempPath(), $"chromium-{Guid.NewGuid():N}")}",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", address.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var browser = Process.Start(start)!;
        var dom = browser.StandardOutput.ReadToEndAsync();
        var log = browser.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await browser.WaitForExitAsync(timeout.Token);
        var console = (await log).Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (await dom, console);
    }
}
