using Inspection.Engine.Compilation;
using Inspection.Standards.Model;

namespace Inspection.Engine;

/// <summary>
/// Compiles rule-set versions into their immutable, thread-safe compiled form, once per content
/// hash: a new version (new content, new hash) never finds an older compiled form in its place.
/// </summary>
public interface IRuleSetCompiler
{
    /// <summary>The compiled form of <paramref name="ruleSet"/>, compiled on first use.</summary>
    /// <exception cref="RuleSetCompilationException">Any expression of the version cannot be compiled; lists them all.</exception>
    ICompiledRuleSet Compile(RuleSet ruleSet);

    /// <summary>Every expression error of <paramref name="ruleSet"/>; empty when it compiles.</summary>
    IReadOnlyList<CompilationError> Check(RuleSet ruleSet);

    /// <summary>
    /// Every expression error of <paramref name="ruleSet"/>, whose content hash the caller has already
    /// computed; when it compiles, the compiled form is kept, so a later <see cref="Compile"/> of the
    /// same version compiles nothing.
    /// </summary>
    IReadOnlyList<CompilationError> Check(RuleSet ruleSet, string contentHash);
}
