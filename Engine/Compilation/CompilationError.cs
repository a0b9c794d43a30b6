namespace Inspection.Engine.Compilation;

/// <summary>
/// One expression of a rule set that cannot be compiled.
/// </summary>
/// <param name="Owner">The code of the standard, question or tracer the expression belongs to.</param>
/// <param name="Path">The catalog node path of the expression (for example <c>standards[3].rule</c>).</param>
/// <param name="Expression">The expression text.</param>
/// <param name="Position">Character offset in the expression where the problem is (0 when it concerns the whole).</param>
/// <param name="Message">What is wrong, in a catalog author's words.</param>
public sealed record CompilationError(string Owner, string Path, string Expression, int Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Owner} ({Path}, position {Position + 1}): {Message}";
}

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
