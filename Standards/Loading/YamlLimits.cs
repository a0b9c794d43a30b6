using System.Globalization;
using System.Text;
using Inspection.Standards.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Inspection.Standards.Loading;

/// <summary>
/// Checks catalog text against <see cref="RuleSetLoaderOptions"/>' limits before it is read into YAML
/// nodes: file size, nesting depth, and anchors and aliases (refused outright: the format needs none,
/// and an alias repeated hundreds of times multiplies one large value wherever it is expanded). It walks
/// YamlDotNet's event stream in a loop, never recursing, so that nesting deep enough to overflow the
/// stack of the recursive node reader is refused before that reader runs. The length of each text is
/// checked by its kind once the rule set is read (TextLengthCheck).
/// </summary>
internal static class YamlLimits
{
    /// <summary>The first limit the text breaks, located; null when it keeps them all (or is not valid YAML, which the parser reports).</summary>
    public static CatalogDiagnostic? Check(string yaml, string file, RuleSetLoaderOptions options)
    {
        var bytes = Encoding.UTF8.GetByteCount(yaml);
        if (bytes > options.MaxFileBytes)
        {
            return TooLarge(file, bytes, options);
        }

        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        return At(file, alias, $"aliases (*{alias.Value}) are not allowed in a catalog file: write the value out in full");
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        return At(file, anchored, $"anchors (&{anchored.Anchor}) are not allowed in a catalog file: write the value out where it is used");
                    case MappingStart or SequenceStart:
                        if (++depth > options.MaxDepth)
                        {
                            return At(file, parser.Current, $"lists and mappings nest deeper than {options.MaxDepth} levels here; a catalog file nests them at most {options.MaxDepth} deep");
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Not valid YAML: everything before the error kept the limits, and the parser that runs
            // next stops at the same place and reports it with its location.
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on a flow collection left open; the parser reports it too.
        }

        return null;
    }

    /// <summary>The problem of a file larger than the limit, without reading it.</summary>
    public static CatalogDiagnostic TooLarge(string file, long bytes, RuleSetLoaderOptions options) =>
        new(file, 1, 1, string.Empty, $"the file is {Count(bytes)} bytes; a catalog file is at most {Count(options.MaxFileBytes)} bytes");

    private static CatalogDiagnostic At(string file, ParsingEvent node, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, string.Empty, message);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
