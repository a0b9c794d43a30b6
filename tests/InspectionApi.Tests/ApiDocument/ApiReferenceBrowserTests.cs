using Inspection.Api.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Inspection.Api.Tests.ApiDocument;

/// <summary>
/// The API reference page (Scalar) in a real browser against the service in its own process: under the
/// page's content security policy it starts, loads the served document and lists the operations by
/// their summaries, and the browser reports no policy violation.
/// </summary>
public sealed class ApiReferenceBrowserTests
{
    private string _dataFolder = null!;

    [SetUp]
    public void NewDataFolder()
    {
        Assume.That(File.Exists("/usr/bin/chromium"), "needs Debian's chromium");
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
    public async Task ReferencePage_InABrowser_ShowsTheDocumentsOperationsWithoutAPolicyViolation()
    {
        await using var service = await ServiceProcess.StartAsync(_dataFolder, ServiceProcess.FreePort(), ["--Auth:FirstAdministratorPassword=a long enough password"]);

        var (dom, console) = await StartPageBrowserTests.OpenAsync(new Uri(service.Address, "/api-reference/"));

        console.Should().NotContain(l => l.Contains("Content Security Policy", StringComparison.Ordinal), string.Join('\n', console));
        dom.Should().Contain("RAF inspection API").And.Contain("Attach evidence", "the page read the served document and listed its operations");
        dom.Should().Contain("Selected Auth Type: Bearer", "the bearer scheme is offered for trying calls");
    }
}
