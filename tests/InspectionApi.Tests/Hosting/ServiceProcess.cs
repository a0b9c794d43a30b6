using System.Diagnostics;

namespace Inspection.Api.Tests.Hosting;

/// <summary>
/// The service as an operator starts it: <c>dotnet Inspection.Api.dll</c> in its own process, for what
/// only a process shows (its exit code, what it prints, that it printed no stack trace).
/// </summary>
public static class ServiceProcess
{
    /// <summary>What a run that ended printed, and its exit code.</summary>
    public sealed record Outcome(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Error)
    {
        public string All => string.Join('\n', Output.Concat(Error));
    }

    /// <summary>
    /// Starts the service over <paramref name="dataFolder"/> and waits for it to end; a service still
    /// running after <paramref name="timeout"/> (it started when it should not have) fails the test.
    /// </summary>
    public static async Task<Outcome> RunAsync(string dataFolder, string environment, IEnumerable<string> settings, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inspection.Api.dll"));
        foreach (var argument in new[]
        {
            $"--Inspection:DataFolder={dataFolder}",
            $"--Inspection:CatalogFolder={Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog")}",
            "--urls=http://127.0.0.1:0",
        }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"the service was still running after {timeout}: it started. Output:\n{await output}\n{await error}");
        }

        return new Outcome(process.ExitCode, Lines(await output), Lines(await error));
    }

    /// <summary>
    /// Starts the service on <paramref name="port"/> and returns once it answers (disposing it stops it);
    /// a service that does not answer within two minutes fails the test.
    /// </summary>
    public static async Task<RunningService> StartAsync(string dataFolder, int port, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inspection.Api.dll"));
        foreach (var argument in new[]
        {
            $"--Inspection:DataFolder={dataFolder}",
            $"--Inspection:CatalogFolder={Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog")}",
            $"--urls=http://127.0.0.1:{port}",
        }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start)!;
        var running = new RunningService(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = running.Address };
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(2); waited += TimeSpan.FromMilliseconds(500))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync("/api/start")).IsSuccessStatusCode)
                {
                    return running;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        await running.DisposeAsync();
        Assert.Fail($"the service did not answer on port {port}: {await process.StandardError.ReadToEndAsync()}");
        return running;
    }

    /// <summary>A free TCP port on the loopback address.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A service process started by <see cref="StartAsync"/>; disposing it stops it.</summary>
    public sealed class RunningService(Process process, Uri address) : IAsyncDisposable
    {
        public Uri Address => address;

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
