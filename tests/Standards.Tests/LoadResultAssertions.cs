using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;

namespace Inspection.Standards.Tests;

internal static class LoadResultAssertions
{
    /// <summary>
    /// Asserts that loading failed with exactly <paramref name="expected"/> (in the loader's order:
    /// by line, then column) and yielded no rule set and no hash.
    /// </summary>
    public static void ShouldFailWith(this RuleSetLoadResult result, params CatalogDiagnostic[] expected)
    {
        result.Diagnostics.Should().Equal(expected);
        result.Succeeded.Should().BeFalse();
        result.RuleSet.Should().BeNull("a file with problems yields no rule set");
        result.ContentHash.Should().BeNull();
    }
}
