namespace Inspection.Standards.Diagnostics;

/// <summary>
/// Where each node of a loaded rule set stands in its file, by node path
/// (<c>standards[3].rule</c>). Kept beside the model so the model itself stays plain data.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _valueOffsets = new(StringComparer.Ordinal);

    /// <summary>Creates an empty map for one file.</summary>
    public SourceMap(string file) => File = file;

    /// <summary>The catalog file the locations refer to.</summary>
    public string File { get; }

    /// <summary>
    /// The location of the node at <paramref name="path"/>; for a path that was not recorded, the
    /// location of its nearest recorded ancestor, or the start of the file.
    /// </summary>
    public SourceLocation Locate(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }

            if (current.Length == 0)
            {
                return new SourceLocation(File, 1, 1);
            }
        }
    }

    /// <summary>
    /// The location of character <paramref name="index"/> of the scalar text at <paramref name="path"/>
    /// (for pointing into an expression). Exact for single-line scalars, the scalar's start otherwise.
    /// </summary>
    public SourceLocation LocateWithin(string path, int index)
    {
        var start = Locate(path);
        return _valueOffsets.TryGetValue(path, out var quote) ? start.Offset(quote + index) : start;
    }

    /// <summary>A diagnostic located at the node at <paramref name="path"/>.</summary>
    public CatalogDiagnostic Error(string path, string message) => CatalogDiagnostic.At(Locate(path), path, message);

    internal void Record(string path, SourceLocation location) => _locations[path] = location;

    internal void RecordSingleLineScalar(string path, int leadingCharacters) => _valueOffsets[path] = leadingCharacters;

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
