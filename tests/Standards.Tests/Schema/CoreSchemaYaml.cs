using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// Reads one YAML document as the JSON an editor validates against the schema, by the YAML 1.2 core
/// schema: a plain <c>0.8</c> is a number, <c>true</c> a boolean, <c>~</c> null, and anything else
/// (dates and versions included) a string; a quoted or block scalar is always a string. Aliases are
/// expanded; duplicate keys, unknown tags and anything but exactly one document are refused.
/// </summary>
/// <remarks>
/// The loader reads scalars by what each key expects, so it cannot tell <c>"0.8"</c> from <c>0.8</c>;
/// the schema can, and an editor reads the file this way, so the schema is checked against this reading.
/// </remarks>
internal static partial class CoreSchemaYaml
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>The document as JSON; throws <see cref="YamlException"/> or <see cref="FormatException"/> naming <paramref name="name"/>.</summary>
    public static JsonNode? ToJson(string yaml, string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1)
        {
            throw new FormatException($"{name} must hold exactly one YAML document, found {stream.Documents.Count}");
        }

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, stream.Documents[0].RootNode, name);
        }

        // Parsed back from JSON text, as an editor does, so that only JSON values reach the validator.
        return JsonNode.Parse(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, string name)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(KeyText(key, name));
                    Write(writer, value, name);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item, name);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, Resolve(scalar, name));
                break;
            default:
                throw new FormatException($"{name}:{node.Start.Line}:{node.Start.Column}: unexpected YAML node {node.NodeType}");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool truth:
                writer.WriteBooleanValue(truth);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;

            // JSON has no infinity or NaN: JSON.stringify writes null, and so does this.
            case double number when !double.IsFinite(number):
                writer.WriteNullValue();
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue((string)value);
                break;
        }
    }

    /// <summary>A key as a JSON property name: the text of the value it resolves to, as JavaScript's String() gives it.</summary>
    private static string KeyText(YamlNode key, string name)
    {
        if (key is not YamlScalarNode scalar)
        {
            throw new FormatException($"{name}:{key.Start.Line}:{key.Start.Column}: a key must be a single value to be a JSON property name");
        }

        return Resolve(scalar, name) switch
        {
            null => string.Empty,
            bool truth => truth ? "true" : "false",
            decimal number => ((double)number).ToString(CultureInfo.InvariantCulture),
            double number => double.IsNaN(number) ? "NaN" : double.IsPositiveInfinity(number) ? "Infinity" : double.IsNegativeInfinity(number) ? "-Infinity" : number.ToString(CultureInfo.InvariantCulture),
            var text => (string)text,
        };
    }

    /// <summary>The value of a scalar: null, bool, decimal (or double beyond decimal's range) or string.</summary>
    private static object? Resolve(YamlScalarNode scalar, string name)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is null or "?" && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            return ResolvePlain(text);
        }

        if (tag is null or "!" or CoreTagPrefix + "str")
        {
            return text;
        }

        var resolved = tag switch
        {
            CoreTagPrefix + "null" => NullPattern().IsMatch(text) ? (true, null) : (false, null),
            CoreTagPrefix + "bool" => BoolPattern().IsMatch(text) ? (true, (object?)string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)) : (false, null),
            CoreTagPrefix + "int" or CoreTagPrefix + "float" => ResolveNumber(text) is { } number ? (true, number) : (false, null),
            _ => throw new FormatException($"{name}:{scalar.Start.Line}:{scalar.Start.Column}: unresolved tag {tag}"),
        };
        return resolved.Item1
            ? resolved.Item2
            : throw new FormatException($"{name}:{scalar.Start.Line}:{scalar.Start.Column}: '{text}' is not a valid {tag[CoreTagPrefix.Length..]}");
    }

    private static object? ResolvePlain(string text)
    {
        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (BoolPattern().IsMatch(text))
        {
            return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        }

        return ResolveNumber(text) ?? (object)text;
    }

    /// <summary>A core-schema integer (decimal, 0o octal, 0x hexadecimal) or float; null when the text is neither.</summary>
    private static object? ResolveNumber(string text)
    {
        if (OctalPattern().IsMatch(text))
        {
            return ParseDigits(text[2..], 8);
        }

        if (HexadecimalPattern().IsMatch(text))
        {
            return ParseDigits(text[2..], 16);
        }

        if (InfinityPattern().IsMatch(text))
        {
            return text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (NaNPattern().IsMatch(text))
        {
            return double.NaN;
        }

        if (!IntegerPattern().IsMatch(text) && !FloatPattern().IsMatch(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object ParseDigits(string digits, int radix)
    {
        var value = System.Numerics.BigInteger.Zero;
        foreach (var digit in digits)
        {
            value = (value * radix) + Convert.ToInt32(digit.ToString(), 16);
        }

        return value <= new System.Numerics.BigInteger(decimal.MaxValue) ? (decimal)value : (double)value;
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexadecimalPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$")]
    private static partial Regex InfinityPattern();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)$")]
    private static partial Regex NaNPattern();
}
