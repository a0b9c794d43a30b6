using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Standards.Validation;

/// <summary>
/// A check a loaded rule set must pass to be usable. The Standards project brings its own
/// (<see cref="RuleSetValidator"/>); others (the Engine's full compilation of expressions) plug in
/// through <see cref="RuleSetLoaderOptions.AdditionalChecks"/>.
/// </summary>
public interface IRuleSetCheck
{
    /// <summary>
    /// Every problem found, each located through <paramref name="map"/>. <paramref name="contentHash"/>
    /// is the rule set's content hash, computed once by the loader.
    /// </summary>
    IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map);
}
