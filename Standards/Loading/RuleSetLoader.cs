using Inspection.Standards.Diagnostics;
using Inspection.Standards.Validation;
using Inspection.Standards.Versioning;

namespace Inspection.Standards.Loading;

/// <summary>
/// Loads catalog files: checks the text against the limits of <see cref="RuleSetLoaderOptions"/>,
/// parses the YAML, validates the rule set (once it has read cleanly), runs any additional checks,
/// and computes the content hash. Every problem is reported with file, line, column and node path; a
/// file with any problem yields no rule set.
/// </summary>
public sealed class RuleSetLoader(RuleSetLoaderOptions? options = null)
{
    private readonly RuleSetValidator _validator = new();
    private readonly RuleSetLoaderOptions _options = options ?? new RuleSetLoaderOptions();

    /// <summary>Loads the file at <paramref name="path"/>.</summary>
    public RuleSetLoadResult LoadFile(string path)
    {
        string yaml;
        try
        {
            // A file over the limit is refused without reading it into memory.
            var bytes = new FileInfo(path).Length;
            if (bytes > _options.MaxFileBytes)
            {
                return new RuleSetLoadResult(path, null, null, new SourceMap(path), [YamlLimits.TooLarge(path, bytes, _options)]);
            }

            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RuleSetLoadResult(path, null, null, new SourceMap(path),
                [new CatalogDiagnostic(path, 1, 1, string.Empty, $"cannot read the file: {e.Message}")]);
        }

        return Load(yaml, path);
    }

    /// <summary>Loads catalog text; <paramref name="fileName"/> names it in diagnostics.</summary>
    public RuleSetLoadResult Load(string yaml, string fileName)
    {
        var map = new SourceMap(fileName);
        if (YamlLimits.Check(yaml, fileName, _options) is { } overLimit)
        {
            return new RuleSetLoadResult(fileName, null, null, map, [overLimit]);
        }

        var diagnostics = new List<CatalogDiagnostic>();
        var ruleSet = RuleSetParser.Parse(yaml, map, diagnostics);

        // Only a file that read cleanly is validated: an item that failed to read is left out of its
        // list, which would shift the index (and so the reported location) of every later item, and
        // what is missing would come back as echoes of the problem already reported.
        string? hash = null;
        if (ruleSet is not null && diagnostics.Count == 0)
        {
            // Hashed once here; additional checks (the Engine's compilation) key their work by it.
            hash = ContentHash.Of(ruleSet);
            diagnostics.AddRange(_validator.Check(ruleSet, map));
            diagnostics.AddRange(new TextLengthCheck(_options).Check(ruleSet, map));
            if (_options.RequireStandardType)
            {
                diagnostics.AddRange(StandardTypeCheck.Check(ruleSet, map));
            }

            var reported = diagnostics.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var check in _options.AdditionalChecks)
            {
                diagnostics.AddRange(check.Check(ruleSet, hash, map).Where(d => !reported.Contains(d.Path)));
            }
        }

        var ordered = diagnostics
            .Distinct()
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return ordered.Count == 0 && ruleSet is not null
            ? new RuleSetLoadResult(fileName, ruleSet, hash, map, ordered)
            : new RuleSetLoadResult(fileName, null, null, map, ordered);
    }
}
