using System.Diagnostics;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Inspection.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Tests.Hosting;

/// <summary>
/// A start that cannot go well stops at once, with one line on the error output that names the file or
/// setting and what to do, a non-zero exit code, and no stack trace: a damaged, short, empty or
/// non-base64 signing key; a read-only data folder; a file that is not a database or has damaged pages;
/// demo data asked for in Production.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class StartupFailureTests
{
    private string _dataFolder = null!;

    private string KeyFile => Path.Combine(_dataFolder, "signing.key");

    private string DatabaseFile => Path.Combine(_dataFolder, "inspection.db");

    [SetUp]
    public void CreateDataFolder()
    {
        _dataFolder = InspectionApiFactory.NewDataFolder();
        Directory.CreateDirectory(_dataFolder);
    }

    [TearDown]
    public void DeleteDataFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [TestCase(4, "holds a 32-bit key; at least 256 bits are needed")]
    [TestCase(31, "holds a 248-bit key; at least 256 bits are needed")]
    public async Task Start_ShortKeyFile_StopsNamingTheFileAndWhatToDo(int bytes, string cause)
    {
        await File.WriteAllTextAsync(KeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)));

        var run = await RunAsync();

        ShouldStopWith(run, $"the token signing key file {KeyFile} {cause}. Delete it to have a new key generated");
    }

    [TestCase("", "is empty")]
    [TestCase("   \n", "is empty")]
    [TestCase("this is not base64!", "is not base64")]
    [TestCase("c2hvcnQ", "is not base64")]
    public async Task Start_DamagedKeyFile_StopsNamingTheFile(string content, string cause)
    {
        await File.WriteAllTextAsync(KeyFile, content);

        var run = await RunAsync();

        ShouldStopWith(run, $"the token signing key file {KeyFile} {cause}.");
    }

    [TestCase("AAECAw==", "holds a 32-bit key")]
    [TestCase("not base64 at all", "is not base64")]
    public async Task Start_BadKeySetting_StopsNamingTheSetting(string key, string cause)
    {
        var run = await RunAsync(settings: [$"--Auth:SigningKey={key}"]);

        ShouldStopWith(run, $"the setting Auth:SigningKey {cause}");
        File.Exists(KeyFile).Should().BeFalse("a configured key is used, never a generated one");
    }

    [Test]
    public async Task Start_ReadOnlyDataFolder_StopsNamingTheFolder()
    {
        using var readOnly = ReadOnlyFolder.Make(_dataFolder);

        var run = await RunAsync();

        ShouldStopWith(run, $"the data folder {_dataFolder} is not writable (");
        run.Error[0].Should().EndWith("Give the service's account write access to it, or set Inspection:DataFolder to a folder it may write.");
    }

    [Test]
    public async Task Start_FileThatIsNotADatabase_StopsNamingTheFile()
    {
        await File.WriteAllBytesAsync(DatabaseFile, RandomNumberGenerator.GetBytes(64 * 1024));

        var run = await RunAsync();

        ShouldStopWith(run, $"the database {DatabaseFile} cannot be opened: SQLite error 26: 'file is not a database'. Restore it from a backup");
    }

    [Test]
    public async Task Start_DatabaseWithADamagedIndexPage_IsRefusedByTheIntegrityCheck()
    {
        await CreateDatabaseAsync(operators: 300);
        var page = await RootPageAsync("sqlite_autoindex_Operators_1");
        await using (var file = new FileStream(DatabaseFile, FileMode.Open, FileAccess.Write))
        {
            // Garbage over the cells at the end of the index's interior page: the kind of damage that opens
            // fine and answers 500 later, when a query walks that index.
            file.Position = (page * 4096L) - 100;
            file.Write(Enumerable.Repeat((byte)0xFF, 40).ToArray());
        }

        var run = await RunAsync();

        ShouldStopWith(run, $"the database {DatabaseFile} is damaged (SQLite quick_check: *** in database main ***; ");
        run.Error[0].Should().Contain($"page {page} cell");
        run.Error[0].Should().EndWith("Restore it from a backup; the service does not serve a damaged database.");
    }

    [Test]
    public async Task Start_DatabaseWithAPageOfUnknownType_StopsSayingItIsDamaged()
    {
        await CreateDatabaseAsync();
        var page = await RootPageAsync("Facilities");
        await using (var file = new FileStream(DatabaseFile, FileMode.Open, FileAccess.Write))
        {
            // The b-tree page's type byte: 0x0D (a table leaf) becomes a type SQLite does not have.
            file.Position = (page - 1) * 4096L;
            file.WriteByte(0x07);
        }

        var run = await RunAsync();

        ShouldStopWith(run, $"the database {DatabaseFile} is damaged (SQLite error 11: 'database disk image is malformed'). Restore it from a backup;");
    }

    [Test]
    public async Task Start_DemoDataInProductionWithoutTheSecondSwitch_StopsNamingBothSettings()
    {
        var run = await RunAsync("Production", ["--Inspection:SeedDemoData=true"]);

        ShouldStopWith(run, "the setting Inspection:SeedDemoData is on in the Production environment");
        run.Error[0].Should().Contain("Inspection:AllowDemoDataInProduction=true");
        File.Exists(DatabaseFile).Should().BeFalse("nothing is created before the settings are found wanting");
    }

    [Test]
    public async Task Start_WeakFirstAdministratorPassword_StopsNamingTheSetting()
    {
        var run = await RunAsync(settings: ["--Auth:FirstAdministratorPassword=short"]);

        ShouldStopWith(run, "the setting Auth:FirstAdministratorPassword is too weak: at least 12 characters.");
    }

    [Test]
    public async Task Start_UserCheckIntervalOverAMinute_StopsNamingTheSetting()
    {
        var run = await RunAsync(settings: ["--Auth:UserCheckInterval=00:05:00"]);

        ShouldStopWith(run, "the setting Auth:UserCheckInterval (00:05:00) must be more than zero and at most a minute");
    }

    /// <summary>Runs the service; one that starts (instead of stopping) is killed after 45 seconds and fails the test.</summary>
    [Test]
    public async Task Start_AddressInUse_StopsWithOneLineSayingWhich()
    {
        using var occupied = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((System.Net.IPEndPoint)occupied.LocalEndpoint).Port;

        var run = await RunAsync(settings: [$"--urls=http://127.0.0.1:{port}"]);

        run.ExitCode.Should().Be(1, run.All);
        run.Error.Should().ContainSingle(run.All).Which.Should().Be(
            $"The inspection service cannot start: Failed to bind to address http://127.0.0.1:{port}: address already in use. Stop what listens there, or give another address (--urls, or URLS for run.sh).");
        run.All.Should().NotContain("Unhandled exception");
    }

    private Task<ServiceProcess.Outcome> RunAsync(string environment = "Testing", string[]? settings = null) =>
        ServiceProcess.RunAsync(_dataFolder, environment, settings ?? [], TimeSpan.FromSeconds(45));

    private static void ShouldStopWith(ServiceProcess.Outcome run, string start)
    {
        run.ExitCode.Should().Be(1, run.All);
        run.Error.Should().ContainSingle(run.All).Which.Should().StartWith($"The inspection service cannot start: {start}");
        run.All.Should().NotContain("   at ", "no stack trace");
        run.All.Should().NotContain("Unhandled exception");
    }

    private async Task CreateDatabaseAsync(int operators = 0)
    {
        var options = new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={DatabaseFile};Pooling=false").Options;
        await using var db = new SqliteInspectionDbContext(options);
        await db.Database.MigrateAsync();
        for (var i = 0; i < operators; i++)
        {
            db.Operators.Add(new Inspection.Api.Facilities.Operator($"Operator {i:D4} with a name long enough to fill pages", $"58{i:D7}"));
        }

        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE");
    }

    private async Task<long> RootPageAsync(string tableOrIndex)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE name = '{tableOrIndex}'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// A folder the service cannot write: its mode, or (for root, whom modes do not stop) a read-only
    /// bind mount over it; a root without the right to mount skips the test.
    /// </summary>
    private sealed class ReadOnlyFolder : IDisposable
    {
        private readonly string _path;
        private readonly bool _mounted;

        private ReadOnlyFolder(string path, bool mounted)
        {
            _path = path;
            _mounted = mounted;
        }

        public static ReadOnlyFolder Make(string path)
        {
            if (!Environment.IsPrivilegedProcess)
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
                return new ReadOnlyFolder(path, mounted: false);
            }

            if (Run("mount", "--bind", path, path) != 0)
            {
                Assert.Ignore("running as root without the right to mount: no folder can be made read-only for this process");
            }

            if (Run("mount", "-o", "remount,bind,ro", path) != 0)
            {
                Run("umount", path);
                Assert.Ignore("running as root without the right to remount read-only");
            }

            return new ReadOnlyFolder(path, mounted: true);
        }

        public void Dispose()
        {
            if (_mounted)
            {
                Run("umount", _path);
            }
            else
            {
                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static int Run(string command, params string[] arguments)
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
    }
}
