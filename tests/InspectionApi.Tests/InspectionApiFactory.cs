using System.Net.Http.Headers;
using System.Net.Http.Json;
using Inspection.Api.Data;
using Inspection.Api.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests;

/// <summary>
/// The real host over HTTP, on a real SQLite database in a fresh temporary folder, with the shipped
/// catalogs imported and the demo data seeded (users of every role, facilities, past inspections).
/// One factory per test class: create it in [OneTimeSetUp], dispose it in [OneTimeTearDown].
/// </summary>
public sealed class InspectionApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>A host over <paramref name="dataFolder"/> (kept when the host stops), or over a fresh temporary folder (deleted).</summary>
    public InspectionApiFactory(string? dataFolder = null)
    {
        _ownsDataFolder = dataFolder is null;
        _dataFolder = dataFolder ?? NewDataFolder();
    }

    /// <summary>A new, empty temporary folder path for a host's data.</summary>
    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "inspection-tests", Guid.NewGuid().ToString("N"));

    public string DataFolder => _dataFolder;

    /// <summary>
    /// Settings to override (for example a smaller attachment limit), applied before the host starts; null
    /// gives a setting back its value from the service's own appsettings.json.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Leave the data folder when disposed, for a factory that restarts on it.</summary>
    public bool KeepDataFolder { get; set; }

    /// <summary>Services to replace after the host's own are registered (for example a store whose disk is full).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Inspection:DataFolder", _dataFolder);
        builder.UseSetting("Inspection:CatalogFolder", Path.Combine(RepositoryRoot(), "standards-catalog"));
        builder.UseSetting("Inspection:SeedDemoData", "true");

        // The planner's recurring jobs would plan over the demo data as each host starts; tests that plan switch it on.
        builder.UseSetting("Planning:Enabled", "false");

        // Most tests walk the lifecycle step by step (submit, then evaluate, or not yet); the evaluation job a
        // submission asks for would race them. Tests of evaluation on submit switch it on.
        builder.UseSetting("Evaluation:OnSubmit", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value ?? DefaultOf(key));
        }

        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    /// <summary>An HTTP client signed in as a demo user (see <see cref="DemoData.Users"/>).</summary>
    public async Task<HttpClient> ClientAsAsync(string userName)
    {
        var client = CreateClient();
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoData.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
            _tokens[userName] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Takes over the sign-ins of <paramref name="previous"/>, a host stopped on the same data folder (so the same
    /// signing key): for tests whose clock has moved on, where signing in again would give tokens from the future.
    /// </summary>
    public void AdoptSignIns(InspectionApiFactory previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        foreach (var (user, token) in previous._tokens)
        {
            _tokens[user] = token;
        }
    }

    /// <summary>Runs <paramref name="read"/> against the database directly (to prove what was, or was not, saved).</summary>
    public async Task<T> ReadDatabaseAsync<T>(Func<InspectionDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<InspectionDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && _ownsDataFolder && !KeepDataFolder && Directory.Exists(_dataFolder))
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

    private sealed record TokenBody(string AccessToken);

    /// <summary>A setting's value in the service's appsettings.json (null when it has none).</summary>
    private static string? DefaultOf(string key) =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build()[key];
}
