namespace Inspection.Standards.Versioning;

/// <summary>Whether an element was added, removed or changed.</summary>
public enum ChangeKind
{
    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>In both, with different content.</summary>
    Changed,
}
