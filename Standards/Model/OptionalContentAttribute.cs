namespace Inspection.Standards.Model;

/// <summary>
/// Marks a part of the catalog format added after the first published versions. The content hash
/// leaves it out while it is absent (null, or empty when <see cref="EmptyIsAbsent"/>), so a version
/// written before it existed keeps its hash.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OptionalContentAttribute : Attribute
{
    /// <summary>Whether an empty list means the same as none (true for consequences; not for a list whose absence has a default).</summary>
    public bool EmptyIsAbsent { get; init; }
}
