namespace Inspection.Standards.Versioning;

/// <summary>One field of an element that differs between two versions.</summary>
public sealed record FieldChange(string Field, string Before, string After);
