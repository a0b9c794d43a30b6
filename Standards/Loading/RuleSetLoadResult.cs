using Inspection.Standards.Diagnostics;
using Inspection.Standards.Model;

namespace Inspection.Standards.Loading;

/// <summary>
/// The outcome of loading one catalog file: the rule set and its content hash when the file has no
/// problem at all, otherwise every problem found and no rule set (never a partial one).
/// </summary>
public sealed record RuleSetLoadResult(
    string File,
    RuleSet? RuleSet,
    string? ContentHash,
    SourceMap SourceMap,
    IReadOnlyList<CatalogDiagnostic> Diagnostics)
{
    /// <summary>True when the file loaded with no problem.</summary>
    public bool Succeeded => RuleSet is not null;
}
