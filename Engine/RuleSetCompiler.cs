using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Inspection.Engine.Compilation;
using Inspection.Standards.Model;
using Inspection.Standards.Versioning;

namespace Inspection.Engine;

/// <summary>
/// The Engine's entry point: compiles rule-set versions and keeps each compiled form, keyed by the
/// version's content hash. Thread-safe; compiles each version at most once.
/// </summary>
public sealed class RuleSetCompiler : IRuleSetCompiler
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> _byHash = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<RuleSet, CompiledRuleSet> _byInstance = [];

    private int _compilations;

    /// <summary>How many distinct versions have been compiled (for tests and diagnostics).</summary>
    public int CompiledCount => _byHash.Count(entry => entry.Value is { IsValueCreated: true });

    /// <summary>How many times a version's expressions and network were compiled, checks included (for tests and diagnostics).</summary>
    public int Compilations => _compilations;

    /// <inheritdoc />
    public ICompiledRuleSet Compile(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (_byInstance.TryGetValue(ruleSet, out var known))
        {
            return known;
        }

        var hash = ContentHash.Of(ruleSet);
        var compiled = _byHash.GetOrAdd(hash, h => new Lazy<CompiledRuleSet>(() => Build(ruleSet, h))).Value;
        _byInstance.AddOrUpdate(ruleSet, compiled);
        return compiled;
    }

    /// <inheritdoc />
    public IReadOnlyList<CompilationError> Check(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Check(ruleSet, ContentHash.Of(ruleSet));
    }

    /// <inheritdoc />
    public IReadOnlyList<CompilationError> Check(RuleSet ruleSet, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        if (_byInstance.TryGetValue(ruleSet, out _) || _byHash.TryGetValue(contentHash, out var known) && known.IsValueCreated)
        {
            if (!_byInstance.TryGetValue(ruleSet, out _))
            {
                _byInstance.AddOrUpdate(ruleSet, _byHash[contentHash].Value);
            }

            return [];
        }

        // Compiled once: a version that compiles is kept under its hash for Compile to find.
        Interlocked.Increment(ref _compilations);
        var compiled = CompiledRuleSet.Create(ruleSet, contentHash, out var errors);
        if (compiled is null)
        {
            return errors;
        }

        _byInstance.AddOrUpdate(ruleSet, _byHash.GetOrAdd(contentHash, new Lazy<CompiledRuleSet>(compiled)).Value);
        return [];
    }

    private CompiledRuleSet Build(RuleSet ruleSet, string hash)
    {
        Interlocked.Increment(ref _compilations);
        return CompiledRuleSet.Create(ruleSet, hash, out var errors) ?? throw new RuleSetCompilationException(ruleSet.Moniker, errors);
    }
}
