using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Hosting;

/// <summary>
/// A first start without demo data has exactly one user, an administrator with the password given at
/// start or one generated and printed once; demo data only when asked (and in Production only when
/// forced); the signing key file readable by the service's account only; and a first start that fails
/// mid-seed leaves nothing half done, so the next one completes it.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class FirstStartTests
{
    private string _dataFolder = null!;

    [SetUp]
    public void NewDataFolder() => _dataFolder = InspectionApiFactory.NewDataFolder();

    [TearDown]
    public void DeleteDataFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Test]
    public async Task FirstStart_PasswordGiven_HasOnlyThatAdministratorAndNoDemoData()
    {
        using var factory = Factory(demo: false);
        factory.Settings["Auth:FirstAdministratorPassword"] = "correct horse battery staple";
        factory.Settings["Auth:FirstAdministratorUserName"] = "chief";

        var token = await SignInAsync(factory, "chief", "correct horse battery staple");

        token.StatusCode.Should().Be(HttpStatusCode.OK);
        var users = await factory.ReadDatabaseAsync(db => db.Users.AsNoTracking().Select(u => new { u.UserName, u.Role }).ToListAsync());
        users.Should().BeEquivalentTo([new { UserName = "chief", Role = Role.Administrator }]);
        (await factory.ReadDatabaseAsync(db => db.Facilities.CountAsync())).Should().Be(0);
        (await SignInAsync(factory, "admin", "demo1234")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task FirstStart_NoPasswordGiven_GeneratesOnePrintedOnceThatSignsIn()
    {
        string firstOutput;
        string password;
        using (var first = Factory(demo: false))
        {
            firstOutput = await ConsoleDuringStartAsync(first);
            password = GeneratedPassword().Match(firstOutput).Groups["password"].Value;
            password.Should().HaveLength(24, firstOutput);

            (await SignInAsync(first, "admin", password)).StatusCode.Should().Be(HttpStatusCode.OK);
            var audit = await first.ReadDatabaseAsync(db => db.AuditLog.Select(a => a.After ?? string.Empty).ToListAsync());
            audit.Should().NotContain(a => a.Contains(password), "the generated password is shown on the console only");
        }

        using var second = new InspectionApiFactory(_dataFolder);
        second.Settings["Inspection:SeedDemoData"] = "false";
        var secondOutput = await ConsoleDuringStartAsync(second);

        secondOutput.Should().NotContain(password).And.NotContain("created the administrator");
        (await second.ReadDatabaseAsync(db => db.Users.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Start_DemoDataNotAskedFor_SeedsNone()
    {
        // The service's own default (appsettings.json), not the test host's "true".
        using var factory = new InspectionApiFactory(_dataFolder);
        factory.Settings["Inspection:SeedDemoData"] = null;

        await ConsoleDuringStartAsync(factory);

        (await factory.ReadDatabaseAsync(db => db.Users.Select(u => u.UserName).ToListAsync())).Should().Equal("admin");
        (await factory.ReadDatabaseAsync(db => db.Inspections.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task Start_DemoDataInProductionWithTheSecondSwitch_Seeds()
    {
        using var factory = Factory(demo: true);
        factory.Settings["environment"] = "Production";
        factory.Settings["Inspection:AllowDemoDataInProduction"] = "true";

        using var admin = await factory.ClientAsAsync("admin");

        (await factory.ReadDatabaseAsync(db => db.Facilities.CountAsync())).Should().Be(20);
    }

    [Test]
    public async Task Start_NewSigningKey_IsWrittenReadableByTheServiceOnly()
    {
        using var factory = Factory(demo: false);

        await ConsoleDuringStartAsync(factory);

        var key = Path.Combine(_dataFolder, "signing.key");
        File.GetUnixFileMode(key).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Convert.FromBase64String(await File.ReadAllTextAsync(key)).Should().HaveCount(32);
    }

    [Test]
    public async Task Start_KeyFileWorldReadableFromAnEarlierVersion_IsMadeOwnerOnlyAndKept()
    {
        Directory.CreateDirectory(_dataFolder);
        var key = Path.Combine(_dataFolder, "signing.key");
        var content = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await File.WriteAllTextAsync(key, content);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using var factory = Factory(demo: false);

        await ConsoleDuringStartAsync(factory);

        File.GetUnixFileMode(key).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        (await File.ReadAllTextAsync(key)).Should().Be(content);
    }

    [Test]
    public async Task FirstStart_FailingMidSeed_LeavesNothingAndTheNextStartSeedsEverything()
    {
        // A first start that fails half-way through the demo inspections (as a full disk would): the
        // trigger lets the operators, users and facilities in, then refuses the tenth inspection.
        Directory.CreateDirectory(_dataFolder);
        var file = Path.Combine(_dataFolder, "inspection.db");
        await using (var db = new SqliteInspectionDbContext(new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER disk_full_mid_seed BEFORE INSERT ON Inspections
                WHEN (SELECT COUNT(*) FROM Inspections) >= 10
                BEGIN SELECT RAISE(FAIL, 'database or disk is full (simulated)'); END
                """);
        }

        using (var failing = Factory(demo: true))
        {
            var start = () => failing.CreateClient();
            start.Should().Throw<Exception>().Which.ToString().Should().Contain("database or disk is full (simulated)");
        }

        SqliteConnection.ClearAllPools();
        await using (var db = new SqliteInspectionDbContext(new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options))
        {
            var counts = $"{await db.Users.CountAsync()} {await db.Operators.CountAsync()} {await db.Facilities.CountAsync()} {await db.Inspections.CountAsync()} {await db.RuleSetVersions.CountAsync()}";
            counts.Should().Be("0 0 0 0 0", "users, operators, facilities, inspections and rule sets all went back with the failed seed");
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER disk_full_mid_seed");
        }

        using var next = Factory(demo: true);
        using var analyst = await next.ClientAsAsync("analyst");
        (await analyst.GetFromJsonAsync<List<object>>("/api/facilities"))!.Should().HaveCount(20);
        (await next.ReadDatabaseAsync(db => db.Users.CountAsync())).Should().Be(9);
        var catalogFiles = Directory.EnumerateFiles(Path.Combine(InspectionApiFactory.RepositoryRoot(), "standards-catalog"), "*.yaml", SearchOption.AllDirectories).Count();
        (await next.ReadDatabaseAsync(db => db.RuleSetVersions.CountAsync())).Should().Be(catalogFiles, "every version in the catalog is imported");
    }

    private InspectionApiFactory Factory(bool demo)
    {
        var factory = new InspectionApiFactory(_dataFolder);
        factory.Settings["Inspection:SeedDemoData"] = demo ? "true" : "false";
        return factory;
    }

    private static async Task<HttpResponseMessage> SignInAsync(InspectionApiFactory factory, string userName, string password) =>
        await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    /// <summary>What the service prints on the console while it starts.</summary>
    private static async Task<string> ConsoleDuringStartAsync(InspectionApiFactory factory)
    {
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            using var client = factory.CreateClient();
            await client.GetAsync("/api/start");
        }
        finally
        {
            Console.SetOut(original);
        }

        return captured.ToString();
    }

    [GeneratedRegex("created the administrator 'admin' with the password (?<password>\\S+)")]
    private static partial Regex GeneratedPassword();
}
