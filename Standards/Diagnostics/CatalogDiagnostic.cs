namespace Inspection.Standards.Diagnostics;

/// <summary>
/// One problem in a catalog file, located so that its author can go straight to it:
/// file, line and column (1-based), and the path of the offending node (for example
/// <c>standards[3].bar</c>).
/// </summary>
public sealed record CatalogDiagnostic(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>Creates a diagnostic at a located node.</summary>
    public static CatalogDiagnostic At(SourceLocation location, string path, string message) =>
        new(location.File, location.Line, location.Column, path, message);

    /// <inheritdoc />
    public override string ToString() =>
        Path.Length == 0
            ? $"{File}:{Line}:{Column}: {Message}"
            : $"{File}:{Line}:{Column}: {Path}: {Message}";
}
