using System.Diagnostics;

namespace Inspection.WebUi.Tests.Figures;

/// <summary>
/// The service as it is deployed: <c>dotnet publish</c> of the host (the web interface trimmed and
/// compressed), started as its own process on a loopback port over a fresh data folder with demo data.
/// <c>WEBUI_PUBLISHED</c> may name a folder already published from this commit, to skip publishing.
/// </summary>
public sealed class PublishedService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly string? _ownFolder;

    private PublishedService(Process process, Uri address, string dataFolder, string? ownFolder)
    {
        _process = process;
        Address = address;
        _dataFolder = dataFolder;
        _ownFolder = ownFolder;
    }

    public Uri Address { get; }

    public static async Task<PublishedService> StartAsync()
    {
        var root = WebUiHost.RepositoryRoot();
        var published = Environment.GetEnvironmentVariable("WEBUI_PUBLISHED");
        string? own = null;
        if (string.IsNullOrEmpty(published))
        {
            own = Path.Combine(Path.GetTempPath(), "inspection-webui-published", Guid.NewGuid().ToString("N"));
            published = own;
            // Its own configuration, so that publishing leaves the build the other browser tests serve untouched
            // (publishing the Release build rewrote the app's files the test host reads: its service worker went missing).
            var publish = await RunAsync("dotnet",
                ["publish", Path.Combine(root, "InspectionApi"), "-c", "Published", "-p:Optimize=true", "-o", published, "--nologo", "-v", "quiet"], root, TimeSpan.FromMinutes(20));
            publish.ExitCode.Should().Be(0, $"the service publishes:\n{publish.Output}");
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "inspection-webui-tests", Guid.NewGuid().ToString("N"));
        var port = WebUiHost.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[]
        {
            Path.Combine(published, "Inspection.Api.dll"), $"--Inspection:DataFolder={dataFolder}",
            $"--Inspection:CatalogFolder={Path.Combine(root, "standards-catalog")}", $"--urls=http://127.0.0.1:{port}",
            "--Inspection:SeedDemoData=true", "--Planning:Enabled=false",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new PublishedService(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder, own);
        using var http = new HttpClient { BaseAddress = service.Address };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited; await Task.Delay(500))
        {
            try
            {
                if ((await http.GetAsync("api/start")).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        await service.DisposeAsync();
        throw new InvalidOperationException("the published service did not answer within three minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _dataFolder, _ownFolder })
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }
}
