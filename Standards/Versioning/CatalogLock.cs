using System.Text;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Model;

namespace Inspection.Standards.Versioning;

/// <summary>
/// <c>catalog.lock</c>: the content hash recorded for each published rule-set version when it was
/// first published. A published file whose hash no longer matches has been edited after
/// publication, which is not allowed: changes go into a new version.
/// </summary>
public sealed class CatalogLock
{
    /// <summary>The lock file's name, at the root of the catalog folder.</summary>
    public const string FileName = "catalog.lock";

    private readonly SortedDictionary<string, string> _hashes;

    private CatalogLock(string path, SortedDictionary<string, string> hashes)
    {
        Path = path;
        _hashes = hashes;
    }

    /// <summary>Where the lock file is (or will be written).</summary>
    public string Path { get; }

    /// <summary>The recorded hashes by "id@version".</summary>
    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    /// <summary>Reads the lock file at <paramref name="path"/>; a missing file is an empty lock.</summary>
    public static CatalogLock Read(string path)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && !line.StartsWith('#'))
                {
                    hashes[parts[0]] = parts[1];
                }
            }
        }

        return new CatalogLock(path, hashes);
    }

    /// <summary>The lock file governing a catalog file: the nearest <c>catalog.lock</c> in its folder or above.</summary>
    public static string? FindFor(string catalogFile)
    {
        for (var dir = new FileInfo(catalogFile).Directory; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks a loaded version against the lock: a recorded version must keep its recorded hash whatever
    /// its status (turning it back into a draft does not make it editable), and a published version
    /// must be recorded. A draft or retired version that was never recorded is not checked.
    /// </summary>
    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map)
    {
        var recorded = _hashes.GetValueOrDefault(ruleSet.Moniker);
        if (recorded is not null && recorded != contentHash)
        {
            yield return map.Error("version",
                $"published version {ruleSet.Moniker} has changed since it was published (hash now {contentHash}, recorded {recorded} in {FileName}); " +
                "a published version is immutable: put the change in a new version");
        }
        else if (recorded is null && ruleSet.Status == RuleSetStatus.Published)
        {
            yield return map.Error("status",
                $"published version {ruleSet.Moniker} is not recorded in {FileName}; run 'catalog lock' to record its hash");
        }
    }

    /// <summary>Records the hash of a published version not yet recorded; never changes a recorded one. True when added.</summary>
    public bool Record(RuleSet ruleSet, string contentHash) =>
        ruleSet.Status != RuleSetStatus.Draft && _hashes.TryAdd(ruleSet.Moniker, contentHash);

    /// <summary>Writes the lock file.</summary>
    public void Save()
    {
        var text = new StringBuilder()
            .AppendLine("# Content hashes of published rule-set versions (id@version sha256). Written by 'catalog lock'; never edit a line.");
        foreach (var (moniker, hash) in _hashes)
        {
            text.Append(moniker).Append(' ').AppendLine(hash);
        }

        File.WriteAllText(Path, text.ToString());
    }
}
