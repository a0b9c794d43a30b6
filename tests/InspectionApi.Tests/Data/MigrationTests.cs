using Inspection.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inspection.Api.Tests.Data;

/// <summary>
/// The migrations of both providers: up to date with the model, the SQL Server script generated
/// without a server, and the SQLite migrations applied to a fresh file.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string[] MainTables =
    [
        "Operators", "Facilities", "Users", "RuleSetVersions", "Cycles", "Inspections", "InstitutionAnswers",
        "SampledResidents", "Findings", "Disputes", "CorrectionPlans", "Attachments", "AuditLog",
        "JobRuns", "PendingJobs", "Notifications",
    ];

    [Test]
    public void GenerateScript_SqlServer_CreatesTheMainTables()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript();

        foreach (var table in MainTables)
        {
            script.Should().Contain($"CREATE TABLE [{table}] (", "the script creates {0}", table);
        }

        script.Should().Contain("[__EFMigrationsHistory]");
    }

    [Test]
    public void GenerateScript_SqlServerIdempotent_GuardsEveryMigration()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in db.Database.GetMigrations())
        {
            script.Should().Contain($"WHERE [MigrationId] = N'{migration}'");
        }
    }

    [Test]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().Should().BeFalse("the SQLite migrations must match the model (dotnet ef migrations add ... --context SqliteInspectionDbContext)");
    }

    [Test]
    public void HasPendingModelChanges_SqlServer_IsFalse()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().Should().BeFalse("the SQL Server migrations must match the model (dotnet ef migrations add ... --context SqlServerInspectionDbContext)");
    }

    [Test]
    public void GetMigrations_BothProviders_AreTheSameSteps()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        // Migration ids are "<timestamp>_<name>": the timestamps differ, the steps must not.
        static IEnumerable<string> Steps(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Steps(sqlite).Should().NotBeEmpty().And.Equal(Steps(sqlServer));
    }

    [Test]
    public async Task Migrate_FreshSqliteFile_AppliesEveryMigrationAndCreatesTheMainTables()
    {
        var file = Path.Combine(Path.GetTempPath(), $"inspection-migration-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options;
            await using var db = new SqliteInspectionDbContext(options);

            await db.Database.MigrateAsync();

            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
            tables.Should().Contain(MainTables);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
