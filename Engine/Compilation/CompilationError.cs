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
