using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Inspection.Standards.Model;

namespace Inspection.Standards.Versioning;

/// <summary>
/// The identity of a rule-set version's content: SHA-256 of its canonical form. The canonical form
/// is the model written as JSON in declaration order, with numbers in their shortest form and text in
/// Unicode NFC, so YAML formatting, comments and key order do not change it and any change of content
/// does. <see cref="RuleSet.Status"/> is left out: publishing a draft keeps its hash. So is
/// <see cref="Standard.Measures"/> (structure, process or outcome): it classifies how results are read and
/// changes no finding, score or rating, and leaving it out let the published versions carry it unchanged.
/// </summary>
public static class ContentHash
{
    private const string Prefix = "sha256:";

    private static readonly JsonSerializerOptions Canonical = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new CanonicalDecimalConverter(), new CanonicalStringConverter(), new CatalogEnumConverterFactory() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepContentOnly } },
    };

    /// <summary>"sha256:" followed by 64 lower-case hex digits.</summary>
    public static string Of(RuleSet ruleSet) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(CanonicalForm(ruleSet)));

    /// <summary>The bytes that are hashed, for inspection and tests.</summary>
    public static byte[] CanonicalForm(RuleSet ruleSet) => JsonSerializer.SerializeToUtf8Bytes(ruleSet, Canonical);

    /// <summary>A decimal in its shortest invariant form (0.80 and 0.8 are both "0.8").</summary>
    internal static string CanonicalNumber(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static void KeepContentOnly(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // Computed properties (no setter) are derived from content; Status is not content, and neither
        // is what a standard measures (how results are read, never what they are), so tagging the
        // published versions with it kept their hashes.
        var derived = type.Properties
            .Where(p => p.Set is null
                || (type.Type == typeof(RuleSet) && p.Name == "status")
                || (type.Type == typeof(Standard) && p.Name == "measures"))
            .ToList();
        foreach (var property in derived)
        {
            type.Properties.Remove(property);
        }

        // Parts of the format added later are left out while absent, so older versions keep their hash.
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(OptionalContentAttribute), inherit: false) is [OptionalContentAttribute optional])
            {
                property.ShouldSerialize = optional.EmptyIsAbsent
                    ? (_, value) => value is not null and not System.Collections.ICollection { Count: 0 }
                    : (_, value) => value is not null;
            }
        }
    }

    private sealed class CanonicalDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(CanonicalNumber(value));
    }

    private sealed class CanonicalStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Normalize(NormalizationForm.FormC));
    }

    private sealed class CatalogEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter?)Activator.CreateInstance(typeof(CatalogEnumConverter<>).MakeGenericType(typeToConvert));
    }

    private sealed class CatalogEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CatalogNames.TryParse<T>(reader.GetString() ?? string.Empty, out var value) ? value : default;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(CatalogNames.Of(value));
    }
}
