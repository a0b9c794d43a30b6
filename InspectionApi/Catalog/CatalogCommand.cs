using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Inspection.Standards.Versioning;

namespace Inspection.Api.Catalog;

/// <summary>
/// The <c>catalog</c> verbs: validate, hash, diff and lock catalog files. Exit code 0 when all is
/// well, 1 when a file has problems, 2 when the command itself is wrong.
/// </summary>
internal static class CatalogCommand
{
    public const string Usage = """
        usage:
          catalog validate <file-or-folder>...   check catalog files; every problem with file:line:column
          catalog hash <file>                    print the content hash (sha256) of a rule-set version
          catalog diff <older> <newer>           list what changed between two versions
          catalog lock <folder>                  record the hash of newly published versions in catalog.lock
        """;

    public static int Run(IReadOnlyList<string> args, RuleSetLoader loader, TextWriter output, TextWriter error)
    {
        var verb = args.Count > 0 ? args[0] : string.Empty;
        var operands = args.Skip(1).ToList();
        return (verb, operands.Count) switch
        {
            ("validate", > 0) => Validate(operands, loader, output, error),
            ("hash", 1) => Hash(operands[0], loader, output, error),
            ("diff", 2) => Diff(operands[0], operands[1], loader, output, error),
            ("lock", 1) => Lock(operands[0], loader, output, error),
            _ => UsageError(error),
        };
    }

    private static int Validate(List<string> paths, RuleSetLoader loader, TextWriter output, TextWriter error)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            error.WriteLine($"{missing}: no such file or folder");
            return 2;
        }

        var results = new CatalogFolder(loader).Load(paths);
        foreach (var result in results)
        {
            if (result.RuleSet is { } ruleSet)
            {
                output.WriteLine($"ok   {result.File}: {ruleSet.Moniker} ({CatalogNames.Of(ruleSet.Status)}), " +
                    $"{ruleSet.Domains.Count} domains, {ruleSet.Standards.Count} standards, {ruleSet.Tracers.Count} tracers, " +
                    $"{ruleSet.Questions.Count()} questions, {result.ContentHash}");
            }
            else
            {
                output.WriteLine($"FAIL {result.File}: {result.Diagnostics.Count} problem(s)");
                foreach (var diagnostic in result.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }
            }
        }

        var failed = results.Count(r => !r.Succeeded);
        output.WriteLine(results.Count == 0 ? "no catalog files (*.yaml) found"
            : failed == 0 ? $"{results.Count} file(s) valid"
            : $"{failed} of {results.Count} file(s) have problems");
        return failed == 0 && results.Count > 0 ? 0 : 1;
    }

    private static int Hash(string path, RuleSetLoader loader, TextWriter output, TextWriter error)
    {
        if (!FilesExist(error, path))
        {
            return 2;
        }

        var result = loader.LoadFile(path);
        if (!Report(result, error))
        {
            return 1;
        }

        output.WriteLine($"{result.ContentHash}  {result.RuleSet!.Moniker}  {path}");
        return 0;
    }

    private static int Diff(string olderPath, string newerPath, RuleSetLoader loader, TextWriter output, TextWriter error)
    {
        if (!FilesExist(error, olderPath, newerPath))
        {
            return 2;
        }

        var older = loader.LoadFile(olderPath);
        var newer = loader.LoadFile(newerPath);
        if (!Report(older, error) | !Report(newer, error))
        {
            return 1;
        }

        foreach (var line in RuleSetDiff.Compare(older.RuleSet!, newer.RuleSet!).Describe())
        {
            output.WriteLine(line);
        }

        return 0;
    }

    private static int Lock(string folder, RuleSetLoader loader, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"{folder}: no such folder");
            return 2;
        }

        var results = CatalogFolder.Expand([folder]).Select(loader.LoadFile).ToList();
        var failed = results.Where(r => !Report(r, error)).ToList();
        if (failed.Count > 0)
        {
            error.WriteLine("nothing recorded: fix the problems above first");
            return 1;
        }

        var catalogLock = CatalogLock.Read(Path.Combine(folder, CatalogLock.FileName));
        foreach (var result in results.Where(r => catalogLock.Record(r.RuleSet!, r.ContentHash!)))
        {
            output.WriteLine($"recorded {result.RuleSet!.Moniker} {result.ContentHash}");
        }

        catalogLock.Save();
        var conflicts = results.SelectMany(r => catalogLock.Check(r.RuleSet!, r.ContentHash!, r.SourceMap)).ToList();
        foreach (var conflict in conflicts)
        {
            error.WriteLine(conflict);
        }

        return conflicts.Count == 0 ? 0 : 1;
    }

    private static bool FilesExist(TextWriter error, params string[] paths)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        foreach (var path in missing)
        {
            error.WriteLine($"{path}: no such file");
        }

        return missing.Count == 0;
    }

    private static bool Report(RuleSetLoadResult result, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        return result.Succeeded;
    }

    private static int UsageError(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
