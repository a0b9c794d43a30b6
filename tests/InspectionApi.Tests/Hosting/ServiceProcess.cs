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

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
