using Inspection.Standards.Diagnostics;

namespace Inspection.Api.RuleSets;

/// <summary>The outcome of importing a catalog file.</summary>
public sealed record ImportOutcome(RuleSetVersion? Version, bool Created, IReadOnlyList<CatalogDiagnostic> Problems, string? Conflict);
