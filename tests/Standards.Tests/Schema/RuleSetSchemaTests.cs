using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;
using Json.Schema;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// <c>standards-catalog/schema/ruleset.schema.json</c>, the JSON Schema editors use to validate and
/// complete catalog files: it declares draft 2020-12 and every reference in it resolves, it stays in step
/// with the parser's keys and the model's enum names, it describes every property, and every shipped
/// catalog file names it; it builds as a JSON Schema with no unknown keyword or format, and every
/// catalog file validates against it. <see cref="SchemaVariantTests"/> checks that it rejects broken
/// variants at the place that was broken.
/// </summary>
public sealed class RuleSetSchemaTests
{
    private const string Draft202012 = RuleSetSchema.Draft202012;
    private const string DefsPrefix = "#/$defs/";

    private static string RepositoryRoot => RuleSetSchema.RepositoryRoot;

    private static string SchemaPath => RuleSetSchema.SchemaPath;

    [Test]
    public void Schema_Built_HasNoUnknownKeyword()
    {
        var build = RuleSetSchema.Load;

        build.Should().NotThrow("an unknown keyword is usually a misspelt one that checks nothing");
    }

    [Test]
    public void Schema_WithAMisspeltKeyword_IsRefused()
    {
        var misspelt = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        misspelt["$defs"]!["nonEmptyString"]!["minLenght"] = 1;

        var build = () => RuleSetSchema.Build(misspelt.ToJsonString());

        build.Should().Throw<JsonSchemaException>().WithMessage("*minLenght*");
    }

    [Test]
    public void Schema_AgainstTheDraft202012MetaSchema_IsValid()
    {
        using var schema = LoadSchema();

        var result = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Test]
    public void Schema_Formats_AreAllKnownToTheValidator()
    {
        using var schema = LoadSchema();
        var formats = Formats(schema.RootElement).ToList();

        formats.Should().NotBeEmpty("effectiveFrom is a date");
        formats.Where(f => FormatRegistry.Global.Get(f) is UnknownFormat).Should().BeEmpty(
            "an unknown format would pass every value, so it would check nothing");
    }

    [TestCaseSource(nameof(CatalogFilesWithMinimal))]
    public void Check_CatalogFile_IsValid(string relativePath)
    {
        var json = CoreSchemaYaml.ToJson(File.ReadAllText(Path.Combine(RepositoryRoot, relativePath)), relativePath);

        RuleSetSchema.Load().Check(json).Should().BeEmpty();
    }

    [Test]
    public void Schema_Parsed_IsDraft202012WithEveryReferenceResolved()
    {
        using var schema = LoadSchema();
        var root = schema.RootElement;

        root.GetProperty("$schema").GetString().Should().Be(Draft202012);
        root.GetProperty("additionalProperties").ValueKind.Should().Be(JsonValueKind.False);

        var references = References(root, "#").ToList();
        references.Should().NotBeEmpty("the schema shares its definitions through $ref");
        var unresolved = references
            .Where(r => !r.Reference.StartsWith(DefsPrefix, StringComparison.Ordinal) || Definition(root, r.Reference) is null)
            .Select(r => $"{r.At}: {r.Reference}")
            .ToList();

        unresolved.Should().BeEmpty("every $ref must name a definition under $defs in the same file");
    }

    [Test]
    public void Schema_Enums_MatchCatalogNames()
    {
        using var schema = LoadSchema();
        var root = schema.RootElement;
        var properties = root.GetProperty("properties");
        var defs = root.GetProperty("$defs");

        EnumOf(properties.GetProperty("status")).Should().Equal(CatalogNames.All<RuleSetStatus>());
        EnumOf(properties.GetProperty("serviceType")).Should().Equal(ServiceTypes.All);
        EnumOf(defs.GetProperty("level")).Should().Equal(CatalogNames.All<Level>());
        EnumOf(defs.GetProperty("severity")).Should().Equal(CatalogNames.All<Severity>());
        EnumOf(defs.GetProperty("scope")).Should().Equal(CatalogNames.All<Scope>());
        EnumOf(defs.GetProperty("questionType")).Should().Equal(CatalogNames.All<QuestionType>());
        EnumOf(defs.GetProperty("evidenceSource")).Should().Equal(CatalogNames.All<EvidenceSource>());
        EnumOf(defs.GetProperty("consequence").GetProperty("properties").GetProperty("then").GetProperty("properties").GetProperty("escalateTo"))
            .Should().Equal(CatalogNames.All<Escalation>());
    }

    [TestCase("RootKeys", "")]
    [TestCase("PolicyKeys", "policy")]
    [TestCase("DomainKeys", "domain")]
    [TestCase("TracerKeys", "tracer")]
    [TestCase("InstrumentKeys", "instrument")]
    [TestCase("QuestionKeys", "question")]
    [TestCase("OptionKeys", "option")]
    [TestCase("StandardKeys", "standard")]
    [TestCase("ConsequenceKeys", "consequence")]
    public void Schema_Properties_MatchParserKeys(string parserField, string definition)
    {
        var field = typeof(RuleSetParser).GetField(parserField, BindingFlags.NonPublic | BindingFlags.Static);
        field.Should().NotBeNull("RuleSetParser.{0} lists the keys the parser accepts; update this test if it moved", parserField);
        var parserKeys = (string[])field!.GetValue(null)!;
        using var schema = LoadSchema();
        var node = definition.Length == 0 ? schema.RootElement : schema.RootElement.GetProperty("$defs").GetProperty(definition);

        node.GetProperty("additionalProperties").ValueKind.Should().Be(JsonValueKind.False);
        node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(parserKeys);
    }

    [Test]
    public void Schema_MaxLengths_AreTheLoaderLimits()
    {
        using var schema = LoadSchema();
        var defs = schema.RootElement.GetProperty("$defs");
        var limits = new RuleSetLoaderOptions();
        int MaxLength(string definition, string? language = null) =>
            (language is null ? defs.GetProperty(definition) : defs.GetProperty(definition).GetProperty("properties").GetProperty(language))
                .GetProperty("maxLength").GetInt32();

        new[] { MaxLength("kebabCode"), MaxLength("questionCode"), MaxLength("standardCode"), MaxLength("code") }
            .Should().AllBeEquivalentTo(limits.MaxCodeLength);
        MaxLength("expression").Should().Be(limits.MaxExpressionLength);
        new[] { MaxLength("localizedTitle", "he"), MaxLength("localizedTitle", "en") }.Should().AllBeEquivalentTo(limits.MaxTitleLength);
        new[] { MaxLength("localizedText", "he"), MaxLength("localizedText", "en") }.Should().AllBeEquivalentTo(limits.MaxTextLength);
        new[] { MaxLength("localizedLongText", "he"), MaxLength("localizedLongText", "en") }.Should().AllBeEquivalentTo(limits.MaxLongTextLength);
    }

    [Test]
    public void Schema_EveryProperty_HasADescription()
    {
        using var schema = LoadSchema();
        var root = schema.RootElement;
        var missing = new List<string>();
        foreach (var (path, properties) in PropertyMaps(root))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!HasDescription(property.Value, root))
                {
                    missing.Add($"{path}.{property.Name}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [TestCaseSource(nameof(CatalogFiles))]
    public void SchemaHeader_CatalogFile_NamesTheSchema(string relativePath)
    {
        var leadingComments = File.ReadLines(Path.Combine(RepositoryRoot, relativePath))
            .TakeWhile(line => line.Length == 0 || line.StartsWith('#'));

        leadingComments.Should().Contain("# yaml-language-server: $schema=../schema/ruleset.schema.json",
            "{0} should name the schema on top so that editors validate it", relativePath);
    }

    private static IEnumerable<TestCaseData> CatalogFilesWithMinimal() =>
        CatalogFiles().Prepend(new TestCaseData("tests/Standards.Tests/Catalogs/minimal.yaml").SetArgDisplayNames("tests/Standards.Tests/Catalogs/minimal.yaml"));

    private static IEnumerable<TestCaseData> CatalogFiles()
    {
        var catalog = Path.Combine(RepositoryRoot, "standards-catalog");
        var files = Directory.EnumerateFiles(catalog, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(catalog, "*.yml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/node_modules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            yield return new TestCaseData("standards-catalog").Ignore("standards-catalog holds no catalog files yet");
            yield break;
        }

        foreach (var file in files)
        {
            yield return new TestCaseData(file).SetArgDisplayNames(file);
        }
    }

    /// <summary>Every <c>$ref</c> in the schema with where it stands (a JSON pointer into the schema).</summary>
    private static IEnumerable<(string At, string Reference)> References(JsonElement node, string at)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                var here = $"{at}/{property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                if (property.Name == "$ref")
                {
                    yield return (here, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
                    continue;
                }

                foreach (var reference in References(property.Value, here))
                {
                    yield return reference;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                foreach (var reference in References(item, $"{at}/{index}"))
                {
                    yield return reference;
                }

                index++;
            }
        }
    }

    /// <summary>The definition <c>#/$defs/name</c> names, or null when there is none.</summary>
    private static JsonElement? Definition(JsonElement root, string reference)
    {
        var name = reference[DefsPrefix.Length..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        return root.TryGetProperty("$defs", out var defs)
            && defs.ValueKind == JsonValueKind.Object
            && defs.TryGetProperty(name, out var definition)
            && definition.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False
                ? definition
                : null;
    }

    private static IEnumerable<(string Path, JsonElement Properties)> PropertyMaps(JsonElement root)
    {
        yield return ("$", root.GetProperty("properties"));
        foreach (var def in root.GetProperty("$defs").EnumerateObject())
        {
            if (!def.Value.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            yield return ($"$defs.{def.Name}", properties);
            foreach (var nested in properties.EnumerateObject())
            {
                if (nested.Value.ValueKind == JsonValueKind.Object && nested.Value.TryGetProperty("properties", out var inner))
                {
                    yield return ($"$defs.{def.Name}.{nested.Name}", inner);
                }
            }
        }
    }

    private static bool HasDescription(JsonElement schema, JsonElement root) =>
        schema.ValueKind == JsonValueKind.Object
        && (schema.TryGetProperty("description", out _)
            || (schema.TryGetProperty("$ref", out var reference)
                && reference.GetString() is { } name
                && name.StartsWith(DefsPrefix, StringComparison.Ordinal)
                && Definition(root, name) is { } definition
                && HasDescription(definition, root)));

    private static string[] EnumOf(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();

    /// <summary>The value of every <c>format</c> keyword in the schema.</summary>
    private static IEnumerable<string> Formats(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.Name == "format" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var format in Formats(property.Value))
                    {
                        yield return format;
                    }
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var format in node.EnumerateArray().SelectMany(Formats))
            {
                yield return format;
            }
        }
    }

    private static JsonDocument LoadSchema() => JsonDocument.Parse(File.ReadAllText(SchemaPath));
}
