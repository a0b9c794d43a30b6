using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Standards.Tests;

/// <summary>
/// The text of a catalog file under test: <c>Catalogs/minimal.yaml</c>, or a variant of it with a
/// snippet replaced, so that each test shows exactly what it breaks. Locates snippets in the text
/// (1-based line and column, as the loader reports them) so that expected locations come from the
/// text rather than from counted numbers.
/// </summary>
internal sealed class CatalogText
{
    /// <summary>The name variants are loaded under; diagnostics carry it.</summary>
    public const string FileName = "broken.yaml";

    public CatalogText(string yaml) => Yaml = yaml;

    public static string MinimalPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Catalogs", "minimal.yaml");

    public static CatalogText Minimal => new(File.ReadAllText(MinimalPath).ReplaceLineEndings("\n"));

    public string Yaml { get; }

    /// <summary>Replaces the one occurrence of <paramref name="snippet"/>; fails the test when it is not there exactly once.</summary>
    public CatalogText Replace(string snippet, string replacement)
    {
        Count(snippet).Should().Be(1, "the snippet to replace must occur exactly once: \"{0}\"", snippet);
        return new CatalogText(Yaml.Replace(snippet, replacement, StringComparison.Ordinal));
    }

    /// <summary>Replaces every occurrence of <paramref name="snippet"/> (there must be at least one).</summary>
    public CatalogText ReplaceAll(string snippet, string replacement)
    {
        Count(snippet).Should().BePositive("the snippet to replace must occur: \"{0}\"", snippet);
        return new CatalogText(Yaml.Replace(snippet, replacement, StringComparison.Ordinal));
    }

    /// <summary>
    /// Replaces the text from the one occurrence of <paramref name="from"/> up to (not including) the
    /// next occurrence of <paramref name="until"/>.
    /// </summary>
    public CatalogText ReplaceBetween(string from, string until, string replacement)
    {
        Count(from).Should().Be(1, "the start of the text to replace must occur exactly once: \"{0}\"", from);
        var start = Yaml.IndexOf(from, StringComparison.Ordinal);
        var end = Yaml.IndexOf(until, start + from.Length, StringComparison.Ordinal);
        end.Should().BePositive("\"{0}\" must follow \"{1}\"", until, from);
        return new CatalogText(string.Concat(Yaml.AsSpan(0, start), replacement, Yaml.AsSpan(end)));
    }

    /// <summary>The text from the one occurrence of <paramref name="from"/> up to (not including) the next <paramref name="until"/>.</summary>
    public string Between(string from, string until)
    {
        Count(from).Should().Be(1, "the start of the text must occur exactly once: \"{0}\"", from);
        var start = Yaml.IndexOf(from, StringComparison.Ordinal);
        var end = Yaml.IndexOf(until, start + from.Length, StringComparison.Ordinal);
        end.Should().BePositive("\"{0}\" must follow \"{1}\"", until, from);
        return Yaml[start..end];
    }

    /// <summary>Inserts <paramref name="text"/> right after the one occurrence of <paramref name="snippet"/>.</summary>
    public CatalogText InsertAfter(string snippet, string text) => Replace(snippet, snippet + text);

    /// <summary>Removes the one occurrence of <paramref name="snippet"/>.</summary>
    public CatalogText Remove(string snippet) => Replace(snippet, string.Empty);

    public RuleSetLoadResult Load() => new RuleSetLoader().Load(Yaml, FileName);

    /// <summary>Loads the text and fails the test unless it loads without any problem.</summary>
    public RuleSet LoadValid()
    {
        var result = Load();
        result.Diagnostics.Should().BeEmpty();
        return result.RuleSet!;
    }

    /// <summary>
    /// Where <paramref name="node"/> stands: searched for inside the <paramref name="occurrence"/>-th
    /// (1-based) occurrence of <paramref name="context"/>, or where the context itself starts when
    /// <paramref name="node"/> is null. Without <paramref name="occurrence"/> the context must be unique.
    /// </summary>
    public SourceLocation Locate(string context, string? node = null, int? occurrence = null)
    {
        if (occurrence is null)
        {
            Count(context).Should().Be(1, "the context must occur exactly once: \"{0}\"", context);
        }

        var start = -1;
        for (var i = 0; i < (occurrence ?? 1); i++)
        {
            start = Yaml.IndexOf(context, start + 1, StringComparison.Ordinal);
            start.Should().BeGreaterThanOrEqualTo(0, "occurrence {0} of \"{1}\" must exist", i + 1, context);
        }

        var within = node is null ? 0 : context.IndexOf(node, StringComparison.Ordinal);
        within.Should().BeGreaterThanOrEqualTo(0, "\"{0}\" must be part of \"{1}\"", node, context);
        var offset = start + within;
        var lineStart = Yaml.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        var line = Yaml.AsSpan(0, offset).Count('\n') + 1;
        return new SourceLocation(FileName, line, offset - lineStart + 1);
    }

    /// <summary>The diagnostic expected at <paramref name="node"/> within <paramref name="at"/> (see <see cref="Locate"/>).</summary>
    public CatalogDiagnostic Problem(string path, string message, string at, string? node = null, int? occurrence = null)
    {
        var location = Locate(at, node, occurrence);
        return new CatalogDiagnostic(FileName, location.Line, location.Column, path, message);
    }

    private int Count(string snippet)
    {
        var count = 0;
        for (var i = Yaml.IndexOf(snippet, StringComparison.Ordinal); i >= 0; i = Yaml.IndexOf(snippet, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
