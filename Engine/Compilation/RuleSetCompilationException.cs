namespace Inspection.Engine.Compilation;

/// <summary>A rule-set version with expressions that cannot be compiled; it lists every one.</summary>
public sealed class RuleSetCompilationException : Exception
{
    /// <summary>Creates the exception for <paramref name="ruleSet"/> ("id@version").</summary>
    public RuleSetCompilationException(string ruleSet, IReadOnlyList<CompilationError> errors)
        : base($"{ruleSet} has {errors.Count} expression error(s): {string.Join("; ", errors)}")
    {
        RuleSet = ruleSet;
        Errors = errors;
    }

    /// <summary>The rule-set version ("id@version").</summary>
    public string RuleSet { get; }

    /// <summary>Every expression error.</summary>
    public IReadOnlyList<CompilationError> Errors { get; }
}
