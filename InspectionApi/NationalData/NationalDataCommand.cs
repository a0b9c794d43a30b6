using System.Diagnostics;
using System.Globalization;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.RuleSets;
using Inspection.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.NationalData;

/// <summary>
/// The <c>generate</c> verb: a national picture in a new SQLite database, for headquarters figures and
/// their benchmark. Exit code 0 when done, 1 when it could not be made, 2 for a wrong command.
/// </summary>
internal static class NationalDataCommand
{
    public const string Usage = """
        usage:
          generate national <database-file> [--facilities 2000] [--cycles 5] [--seed 42] [--until yyyy-MM-dd]
                                            [--self-assessments 0.25] [--catalog <folder>]
        Creates the database (it must not hold facilities yet), imports the catalogs, and fills it with
        facilities over the four service types, quarterly cycles and their evaluated inspections.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count < 2 || args[0] != "national" || !TryOptions(args.Skip(2).ToList(), out var options, out var catalog))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var file = Path.GetFullPath(args[1]);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var summary = await GenerateAsync(file, options, catalog ?? new InspectionOptions().ResolveCatalogFolder(), output, CancellationToken.None);
            await output.WriteLineAsync($"{file}: {summary.Facilities} facilities, {summary.Cycles} cycles, {summary.Inspections} inspections, " +
                $"{summary.SelfAssessments} self-assessments in {stopwatch.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync($"{file}: {e.Message}");
            return 1;
        }
    }

    /// <summary>Creates and migrates the database, imports the catalogs when it has none, and generates.</summary>
    public static async Task<NationalDataSummary> GenerateAsync(string file, NationalDataOptions options, string catalogFolder, TextWriter log, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var contextOptions = new DbContextOptionsBuilder<SqliteInspectionDbContext>().UseSqlite(connection).Options;
        var library = new RuleSetLibrary(new RuleSetCompiler(), TimeProvider.System);
        await using (var db = new SqliteInspectionDbContext(contextOptions))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (!await db.RuleSetVersions.AnyAsync(cancellationToken))
            {
                var problems = (await library.ImportFolderAsync(db, catalogFolder, cancellationToken)).SelectMany(o => o.Problems).ToList();
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException($"the catalogs in {catalogFolder} do not load: {string.Join("; ", problems)}");
                }
            }
        }

        return await new NationalDataGenerator(library, TimeProvider.System)
            .GenerateAsync(() => new SqliteInspectionDbContext(contextOptions), options, log, cancellationToken);
    }

    private static bool TryOptions(List<string> args, out NationalDataOptions options, out string? catalog)
    {
        options = new NationalDataOptions();
        catalog = null;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            switch (args[i])
            {
                case "--facilities" when number is > 0:
                    options = options with { Facilities = number.Value };
                    break;
                case "--cycles" when number is > 0 and <= 40:
                    options = options with { Cycles = number.Value };
                    break;
                case "--seed" when number is not null:
                    options = options with { Seed = number.Value };
                    break;
                case "--until" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until):
                    options = options with { Until = until };
                    break;
                case "--self-assessments" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1:
                    options = options with { SelfAssessmentShare = share };
                    break;
                case "--catalog":
                    catalog = Path.GetFullPath(value);
                    break;
                default:
                    return false;
            }
        }

        return args.Count % 2 == 0;
    }
}
