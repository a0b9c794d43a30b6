using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Comparison.Benchmarks;

/// <summary>The real host over a generated national database (nothing seeded: the generator made the analyst).</summary>
internal sealed partial class NationalHost(string database) : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "comparison-benchmark-" + Guid.NewGuid().ToString("N"));

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Inspection.Api.Demo.DemoData.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<T> ReadAsync<T>(Func<InspectionDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<InspectionDbContext>());
    }

    /// <summary>A draft of each service type's latest published version with every bar raised by 0.1 (imported once; found again on later runs).</summary>
    public async Task<Dictionary<string, Guid>> DraftsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem("benchmark");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var library = scope.ServiceProvider.GetRequiredService<RuleSetLibrary>();
        var drafts = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var latest in (await db.RuleSetVersions.Where(v => v.Status == RuleSetStatus.Published).ToListAsync())
            .GroupBy(v => v.ServiceType).Select(g => g.OrderByDescending(v => v.EffectiveFrom).First()))
        {
            var yaml = Version().Replace(TaggedYaml(latest), "version: 9.0.0", 1);
            yaml = Status().Replace(yaml, "status: draft", 1);
            yaml = Bar().Replace(yaml, m => $"bar: {Math.Min(1m, decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 0.1m).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            var outcome = await library.ImportAsync(db, yaml, $"{latest.RuleSetId}-draft.yaml", CancellationToken.None);
            drafts[latest.ServiceType] = outcome.Version?.Id ?? throw new InvalidOperationException(string.Join("; ", outcome.Problems));
        }

        return drafts;
    }

    // A database generated before standards said what they measure holds untagged copies, which a new draft may
    // not be made from; the shipped file of the same version (the type is outside the content hash) is tagged.
    private static string TaggedYaml(RuleSetVersion version)
    {
        if (version.Yaml.Contains("measures:", StringComparison.Ordinal))
        {
            return version.Yaml;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var shipped = Path.Combine(folder.FullName, "standards-catalog", version.RuleSetId, $"{version.RuleSetId}-{version.Version}.yaml");
            if (File.Exists(shipped))
            {
                return File.ReadAllText(shipped);
            }
        }

        return version.Yaml;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Inspection:DataFolder", _dataFolder);
        builder.UseSetting("Inspection:SeedDemoData", "false");
        builder.UseSetting("Database:ConnectionString", $"Data Source={database}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [GeneratedRegex(@"^version: .*$", RegexOptions.Multiline)]
    private static partial Regex Version();

    [GeneratedRegex(@"^status: .*$", RegexOptions.Multiline)]
    private static partial Regex Status();

    [GeneratedRegex(@"\bbar: ([0-9.]+)")]
    private static partial Regex Bar();
}
