using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Inspection.Standards.Validation;

namespace Inspection.Engine;

/// <summary>
/// Plugs the Engine's full compilation of every expression into catalog loading
/// (<see cref="RuleSetLoaderOptions.AdditionalChecks"/>), so <c>catalog validate</c> reports every
/// expression error with its file, line and column, and a version that does not compile cannot load
/// (and so cannot be published).
/// </summary>
public sealed class RuleExpressionCheck(IRuleSetCompiler compiler) : IRuleSetCheck
{
    /// <inheritdoc />
    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map) =>
        compiler.Check(ruleSet, contentHash).Select(e => CatalogDiagnostic.At(map.LocateWithin(e.Path, e.Position), e.Path, $"{e.Owner}: {e.Message}"));

    /// <summary>Loader options with this check added.</summary>
    public static RuleSetLoaderOptions LoaderOptions(IRuleSetCompiler compiler)
    {
        var options = new RuleSetLoaderOptions();
        options.AdditionalChecks.Add(new RuleExpressionCheck(compiler));
        return options;
    }
}
