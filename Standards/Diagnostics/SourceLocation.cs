namespace Inspection.Standards.Diagnostics;

/// <summary>A place in a catalog file (line and column are 1-based).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The same file, <paramref name="columns"/> further along the line.</summary>
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };
}
