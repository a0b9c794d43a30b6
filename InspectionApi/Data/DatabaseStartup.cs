using Inspection.Api.Access;
using Inspection.Api.Demo;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Data;

/// <summary>
/// On start: refuse a damaged database, migrate, and on a first start import the catalog and add the
/// first users (demo data when asked, else the first administrator) in one transaction, so that an
/// interrupted first start leaves nothing half done and the next one does it all again. Then compile
/// the rule sets in use, fill missing response snapshots and sweep attachment files a crash left without a row.
/// </summary>
public static class DatabaseStartup
{
    // SQLite result codes that say what is wrong with the file.
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    private const string Damaged = "Restore it from a backup; the service does not serve a damaged database.";

    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().SetSystem("system");
        var db = services.GetRequiredService<InspectionDbContext>();
        await OpenAsync(db, cancellationToken);

        var options = services.GetRequiredService<IOptions<InspectionOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var library = services.GetRequiredService<RuleSetLibrary>();
        var clock = services.GetRequiredService<TimeProvider>();
        var importCatalog = !await db.RuleSetVersions.AnyAsync(cancellationToken);
        var addUsers = !await db.Users.AnyAsync(cancellationToken);
        if (importCatalog || addUsers)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (importCatalog)
            {
                foreach (var problem in (await library.ImportFolderAsync(db, options.ResolveCatalogFolder(), cancellationToken)).SelectMany(o => o.Problems))
                {
                    logger.LogWarning("Catalog file not imported: {Problem}", problem.ToString());
                }
            }

            if (addUsers && options.SeedDemoData)
            {
                await DemoData.SeedAsync(db, library, clock, cancellationToken);
                logger.LogInformation("Demo data seeded");
            }
            else if (addUsers)
            {
                FirstAdministrator.Add(db, services.GetRequiredService<IOptions<AuthOptions>>().Value, Console.Out);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Compile the versions in use now, so the first inspection of the day does not wait for it.
        foreach (var version in await db.RuleSetVersions.AsNoTracking().Where(v => v.Status != RuleSetStatus.Draft).ToListAsync(cancellationToken))
        {
            library.Get(version);
        }

        // Inspections evaluated before response snapshots were written get theirs from the answer rows (once).
        if (await Comparison.WhatIf.ResponseSnapshots.FillMissingAsync(db, null, cancellationToken) is > 0 and var filled && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Filled the response snapshots of {Count} evaluated inspection(s) from their answer rows", filled);
        }

        var attachments = await db.Attachments.Select(a => a.Id).ToHashSetAsync(cancellationToken);
        if (services.GetRequiredService<AttachmentStore>().SweepOrphans(attachments, clock.GetUtcNow().UtcDateTime) is > 0 and var swept)
        {
            logger.LogWarning("Removed {Count} attachment file(s) left without a record by interrupted uploads", swept);
        }
    }

    /// <summary>Migrates the database; a SQLite file that is damaged or cannot be written stops the start with what to do.</summary>
    private static async Task OpenAsync(InspectionDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        try
        {
            if (File.Exists(file) && new FileInfo(file).Length > 0 && await QuickCheckAsync(db, cancellationToken) is { } damage)
            {
                throw new StartupException($"the database {file} is damaged (SQLite quick_check: {damage}). {Damaged}");
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            var cause = e.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal).TrimEnd('.');
            throw new StartupException(e.SqliteErrorCode switch
            {
                SqliteCorrupt => $"the database {file} is damaged ({cause}). {Damaged}",
                SqliteNotADatabase => $"the database {file} cannot be opened: {cause}. Restore it from a backup, or move it away to start with an empty database.",
                SqliteReadOnly or SqliteCannotOpen => $"the database {file} cannot be opened: {cause}. Give the service's account write access to it and to its folder.",
                _ => $"the database {file} cannot be opened: {cause}.",
            }, e);
        }
    }

    /// <summary>SQLite's quick integrity check: null when the file is sound, else its first findings.</summary>
    private static async Task<string?> QuickCheckAsync(InspectionDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA quick_check(3)";
            var findings = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                findings.Add(reader.GetString(0));
            }

            return findings is ["ok"] ? null : string.Join("; ", findings.SelectMany(f => f.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
