using Inspection.Standards.Diagnostics;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Loading;

/// <summary>
/// Loads many catalog files at once (files, or folders searched for <c>*.yaml</c>) and checks what only
/// shows across files: published versions against <c>catalog.lock</c>, and one file per id@version.
/// </summary>
public sealed class CatalogFolder(RuleSetLoader loader)
{
    /// <summary>
    /// The catalog files a list of files and folders names, in a stable order. Folders are searched for
    /// <c>*.yaml</c>, leaving out <c>node_modules</c> folders (a Node tool's packages hold YAML files of their own).
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Contains("node_modules"))
                    .Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path])
            .Distinct()
            .ToList();

    /// <summary>Loads every file; each result carries its own problems and those of the cross-file checks.</summary>
    public IReadOnlyList<RuleSetLoadResult> Load(IEnumerable<string> paths)
    {
        var results = Expand(paths).Select(loader.LoadFile).ToList();
        var locks = new Dictionary<string, CatalogLock>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.RuleSet is not { } ruleSet)
            {
                continue;
            }

            var problems = new List<CatalogDiagnostic>();
            if (!seen.TryAdd(ruleSet.Moniker, result.File))
            {
                problems.Add(result.SourceMap.Error("version", $"{ruleSet.Moniker} is also defined in {seen[ruleSet.Moniker]}; each version lives in one file"));
            }

            if (CatalogLock.FindFor(result.File) is { } lockPath)
            {
                var catalogLock = locks.TryGetValue(lockPath, out var known) ? known : locks[lockPath] = CatalogLock.Read(lockPath);
                problems.AddRange(catalogLock.Check(ruleSet, result.ContentHash!, result.SourceMap));
            }

            if (problems.Count > 0)
            {
                results[i] = result with { RuleSet = null, ContentHash = null, Diagnostics = [.. result.Diagnostics, .. problems] };
            }
        }

        return results;
    }
}
