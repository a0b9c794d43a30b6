using Inspection.Standards.Diagnostics;
using Inspection.Standards.Model;

namespace Inspection.Standards.Validation;

/// <summary>
/// Every standard says what it measures. Required so that figures by type are never read over a
/// catalog with some standards silently left out of every type.
/// </summary>
internal static class StandardTypeCheck
{
    public static IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, SourceMap map) =>
        ruleSet.Standards
            .Select((standard, i) => (Standard: standard, Path: $"standards[{i}]"))
            .Where(s => s.Standard.Measures is null)
            .Select(s => map.Error(s.Path,
                $"standard '{s.Standard.Code}' must say what it measures: 'measures: {string.Join(" | ", CatalogNames.All<StandardType>())}'"));
}
