namespace Inspection.Standards.Versioning;

/// <summary>One element added, removed or changed between two versions.</summary>
public sealed record RuleSetChange(CatalogElement Element, string Code, ChangeKind Kind, IReadOnlyList<FieldChange> Fields);
