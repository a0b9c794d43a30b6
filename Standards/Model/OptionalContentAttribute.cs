namespace Inspection.Standards.Model;

/// <summary>
/// Marks a part of the catalog format added after the first published versions. The content hash
/// leaves it out while it is absent (null or empty), so a version written before it existed keeps
/// its hash.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OptionalContentAttribute : Attribute;
