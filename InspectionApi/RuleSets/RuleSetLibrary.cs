using System.Collections.Concurrent;
using Inspection.Api.Data;
using Inspection.Engine;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.RuleSets;

/// <summary>
/// Rule-set versions as the service uses them: imported from catalog YAML (validated and compiled
/// on the way in), and loaded and compiled once per stored version. Versions are immutable, so the
/// cache by version id never goes stale.
/// </summary>
public sealed class RuleSetLibrary(IRuleSetCompiler compiler, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, (RuleSet RuleSet, ICompiledRuleSet Compiled)> _loaded = new();
    private readonly RuleSetLoader _loader = new(RuleExpressionCheck.LoaderOptions(compiler));

    // A version stored before standards said what they measure still loads (its standards unclassified);
    // every file imported now must say it.
    private readonly RuleSetLoader _storedLoader = new(StoredOptions(compiler));

    /// <summary>Validates, compiles and stores a catalog file; an identical re-import is a no-op.</summary>
    public async Task<ImportOutcome> ImportAsync(InspectionDbContext db, string yaml, string sourceName, CancellationToken cancellationToken)
    {
        var result = _loader.Load(yaml, sourceName);
        if (result.RuleSet is not { } ruleSet)
        {
            return new ImportOutcome(null, false, result.Diagnostics, null);
        }

        var version = ruleSet.Version.ToString();
        var existing = await db.RuleSetVersions.SingleOrDefaultAsync(v => v.RuleSetId == ruleSet.Id && v.Version == version, cancellationToken);
        if (existing is not null)
        {
            return existing.ContentHash == result.ContentHash
                ? new ImportOutcome(existing, false, [], null)
                : new ImportOutcome(existing, false, [], $"{ruleSet.Moniker} was already imported with different content (hash {existing.ContentHash}); a changed rule set needs a new version");
        }

        var stored = new RuleSetVersion(ruleSet, result.ContentHash!, yaml, sourceName, clock.GetUtcNow().UtcDateTime);
        db.RuleSetVersions.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        _loaded[stored.Id] = (ruleSet, compiler.Compile(ruleSet));
        return new ImportOutcome(stored, true, [], null);
    }

    /// <summary>Imports every catalog file of <paramref name="folder"/>; files already imported are left as they are.</summary>
    public async Task<List<ImportOutcome>> ImportFolderAsync(InspectionDbContext db, string folder, CancellationToken cancellationToken)
    {
        var outcomes = new List<ImportOutcome>();
        foreach (var file in CatalogFolder.Expand([folder]))
        {
            outcomes.Add(await ImportAsync(db, await File.ReadAllTextAsync(file, cancellationToken), Path.GetRelativePath(folder, file), cancellationToken));
        }

        return outcomes;
    }

    /// <summary>The rule set and its compiled form for a stored version.</summary>
    public (RuleSet RuleSet, ICompiledRuleSet Compiled) Get(RuleSetVersion version) =>
        _loaded.GetOrAdd(version.Id, _ =>
        {
            var result = _storedLoader.Load(version.Yaml, version.SourceName);
            var ruleSet = result.RuleSet
                ?? throw new InvalidOperationException($"stored rule set {version.Moniker} no longer loads: {string.Join("; ", result.Diagnostics)}");
            return (ruleSet, compiler.Compile(ruleSet));
        });

    private static RuleSetLoaderOptions StoredOptions(IRuleSetCompiler compiler)
    {
        var options = RuleExpressionCheck.LoaderOptions(compiler);
        options.RequireStandardType = false;
        return options;
    }
}
