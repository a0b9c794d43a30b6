using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspection.WebUi.Tests;

/// <summary>
/// The real host listening on a loopback port (Kestrel), on a real SQLite database in a fresh temporary
/// folder, with the shipped catalogs imported and the demo data seeded: what a browser opens.
/// </summary>
public sealed class WebUiHost : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "inspection-webui-tests", Guid.NewGuid().ToString("N"));

    public WebUiHost()
    {
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    /// <summary>The service's address; the web interface is under <c>/app/</c>.</summary>
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Settings to override before the host starts (for example evaluation on submit).</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Inspection:DataFolder", _dataFolder);
        builder.UseSetting("Inspection:CatalogFolder", Path.Combine(RepositoryRoot(), "standards-catalog"));
        builder.UseSetting("Inspection:SeedDemoData", "true");
        builder.UseSetting("Planning:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inspection.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Inspection.sln not found above the test folder");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
