using Inspection.Api.Access;
using Inspection.Api.Demo;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Data;

/// <summary>On start: migrate the database, import the catalog when no rule set is stored, seed demo data when asked.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().SetSystem("system");
        var db = services.GetRequiredService<InspectionDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        var options = services.GetRequiredService<IOptions<InspectionOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var library = services.GetRequiredService<RuleSetLibrary>();
        if (!await db.RuleSetVersions.AnyAsync(cancellationToken))
        {
            foreach (var problem in (await library.ImportFolderAsync(db, options.ResolveCatalogFolder(), cancellationToken)).SelectMany(o => o.Problems))
            {
                logger.LogWarning("Catalog file not imported: {Problem}", problem.ToString());
            }
        }

        // Compile the versions in use now, so the first inspection of the day does not wait for it.
        foreach (var version in await db.RuleSetVersions.AsNoTracking().Where(v => v.Status != RuleSetStatus.Draft).ToListAsync(cancellationToken))
        {
            library.Get(version);
        }

        if (options.SeedDemoData && !await db.Users.AnyAsync(cancellationToken))
        {
            await DemoData.SeedAsync(db, library, services.GetRequiredService<TimeProvider>(), cancellationToken);
            logger.LogInformation("Demo data seeded");
        }
    }
}
