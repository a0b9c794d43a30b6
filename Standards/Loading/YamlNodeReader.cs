using System.Globalization;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inspection.Standards.Loading;

/// <summary>
/// Reads typed values out of YAML nodes, recording where each node stands and reporting every
/// problem in a catalog author's words instead of throwing. Missing or malformed values come back
/// as null so that reading goes on and all problems are reported together.
/// </summary>
internal sealed class YamlNodeReader(SourceMap map, List<CatalogDiagnostic> diagnostics)
{
    public SourceMap Map => map;

    public void Record(string path, YamlNode node)
    {
        map.Record(path, Locate(node));
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar
            && scalar.Start.Line == scalar.End.Line)
        {
            var quotes = scalar.Style == ScalarStyle.Plain ? 0 : 2;
            var value = scalar.Value ?? string.Empty;

            // An escape ("\x41", '') makes the source longer than the value, so that offsets into the
            // value are no longer columns: such a scalar is located at its start only.
            if (scalar.End.Column - scalar.Start.Column == value.Length + quotes)
            {
                var trimmed = value.Length - value.TrimStart().Length;
                map.RecordSingleLineScalar(path, (quotes / 2) + trimmed);
            }
        }
    }

    public void Error(string path, YamlNode node, string message) =>
        diagnostics.Add(CatalogDiagnostic.At(Locate(node), path, message));

    public void Error(string path, string message) => diagnostics.Add(map.Error(path, message));

    public YamlMappingNode? AsMapping(YamlNode node, string path)
    {
        Record(path, node);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(path, node, $"expected a mapping (key: value pairs), found {Describe(node)}");
        return null;
    }

    /// <summary>Reports keys the format does not know (usually a typo) and records the location of each value.</summary>
    public void CheckKeys(YamlMappingNode mapping, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var childPath = Join(path, key);
            Record(childPath, value);
            if (!allowed.Contains(key))
            {
                var suggestion = Closest(key, allowed);
                Error(childPath, keyNode, suggestion is null
                    ? $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}"
                    : $"unknown key '{key}'; did you mean '{suggestion}'?");
            }
        }
    }

    public YamlNode? Child(YamlMappingNode mapping, string key, string path, bool required)
    {
        if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value.Tag.IsLocal)
        {
            // Unquoted, an expression such as !q.has_plan reads as a YAML tag and the rest as the value.
            Error(Join(path, key), value, $"'{value.Tag.Value}' reads as a YAML tag, not as text: put an expression that starts with '!' in quotes");
            return null;
        }

        if (value is not null && !IsNull(value))
        {
            return value;
        }

        if (required)
        {
            Error(Join(path, key), mapping, $"'{key}' is required");
        }

        return null;
    }

    public string? String(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var node = Child(mapping, key, path, required);
        return node is null ? null : Scalar(node, Join(path, key));
    }

    public string? Scalar(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: not null } scalar)
        {
            var text = scalar.Value.Trim();
            if (text.Length == 0)
            {
                Error(path, node, "is empty");
                return null;
            }

            return text;
        }

        Error(path, node, $"expected a single value, found {Describe(node)}");
        return null;
    }

    public decimal? Decimal(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var text = String(mapping, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Join(path, key), $"expected a number, found '{text}'");
        return null;
    }

    public int? Integer(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var text = String(mapping, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Join(path, key), $"expected a whole number, found '{text}'");
        return null;
    }

    public bool? Boolean(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var text = String(mapping, key, path, required);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(Join(path, key), $"expected true or false, found '{text}'");
                return null;
        }
    }

    public DateOnly? Date(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var text = String(mapping, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Join(path, key), $"expected a date written as YYYY-MM-DD, found '{text}'");
        return null;
    }

    public T? Enum<T>(YamlMappingNode mapping, string key, string path, bool required = true)
        where T : struct, System.Enum
    {
        var text = String(mapping, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (CatalogNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        Error(Join(path, key), $"'{text}' is not allowed here; expected one of: {string.Join(", ", CatalogNames.All<T>())}");
        return null;
    }

    /// <summary>Reads <c>{ he: ..., en: ... }</c>. A missing language is left empty for the validator to report.</summary>
    public LocalizedText? Text(YamlMappingNode mapping, string key, string path, bool required = true)
    {
        var node = Child(mapping, key, path, required);
        if (node is null)
        {
            return null;
        }

        var textPath = Join(path, key);
        var text = AsMapping(node, textPath);
        if (text is null)
        {
            return null;
        }

        CheckKeys(text, textPath, ["he", "en"]);
        return new LocalizedText(
            String(text, "he", textPath, required: false) ?? string.Empty,
            String(text, "en", textPath, required: false) ?? string.Empty);
    }

    /// <summary>Reads a sequence, one item at a time; items that fail to read are left out (and reported).</summary>
    public List<T> List<T>(YamlMappingNode mapping, string key, string path, Func<YamlNode, string, T?> readItem, bool required = true)
        where T : class
    {
        var items = new List<T>();
        var node = Child(mapping, key, path, required);
        if (node is null)
        {
            return items;
        }

        var listPath = Join(path, key);
        if (node is not YamlSequenceNode sequence)
        {
            Error(listPath, node, $"expected a list, found {Describe(node)}");
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{listPath}[{i}]";
            Record(itemPath, sequence.Children[i]);
            if (readItem(sequence.Children[i], itemPath) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public List<T> EnumList<T>(YamlMappingNode mapping, string key, string path, bool required = true)
        where T : struct, System.Enum
    {
        var boxed = List(mapping, key, path, (node, itemPath) =>
        {
            var text = Scalar(node, itemPath);
            if (text is null)
            {
                return null;
            }

            if (CatalogNames.TryParse<T>(text, out var value))
            {
                return (object)value;
            }

            Error(itemPath, node, $"'{text}' is not allowed here; expected one of: {string.Join(", ", CatalogNames.All<T>())}");
            return null;
        }, required);
        return boxed.Cast<T>().ToList();
    }

    /// <summary>
    /// The allowed key a misspelt one was most likely meant to be: one that differs only in case, or
    /// else the nearest within one edit (two for longer keys); null when none is that close.
    /// </summary>
    private static string? Closest(string key, IReadOnlyCollection<string> allowed)
    {
        if (allowed.FirstOrDefault(a => string.Equals(a, key, StringComparison.OrdinalIgnoreCase)) is { } sameButCase)
        {
            return sameButCase;
        }

        var tolerance = key.Length <= 4 ? 1 : 2;
        return allowed
            .Select(a => (Key: a, Distance: EditDistance(key.ToLowerInvariant(), a.ToLowerInvariant())))
            .Where(x => x.Distance <= tolerance)
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, replace, swap of neighbours) that turn one word into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private SourceLocation Locate(YamlNode node) => new(map.File, (int)node.Start.Line, (int)node.Start.Column);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "something else",
    };
}
