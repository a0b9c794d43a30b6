using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// <c>standards-catalog/schema/ruleset.schema.json</c> built with JsonSchema.Net as draft 2020-12 with
/// unknown keywords refused, evaluated with formats asserted (as editors do), and every violation
/// reported with where it stands.
/// </summary>
internal sealed class RuleSetSchema
{
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
        Culture = CultureInfo.InvariantCulture,
    };

    private readonly JsonSchema _schema;

    private RuleSetSchema(JsonSchema schema) => _schema = schema;

    public static string RepositoryRoot => Root.Value;

    public static string SchemaPath => Path.Combine(RepositoryRoot, "standards-catalog", "schema", "ruleset.schema.json");

    public static string MinimalCatalogPath => Path.Combine(RepositoryRoot, "tests", "Standards.Tests", "Catalogs", "minimal.yaml");

    /// <summary>
    /// Builds the schema; throws <see cref="JsonSchemaException"/> on an unknown keyword (usually a typo
    /// that would silently check nothing) or a keyword value that is not valid.
    /// </summary>
    public static RuleSetSchema Load() => Build(File.ReadAllText(SchemaPath));

    /// <inheritdoc cref="Load"/>
    public static RuleSetSchema Build(string schemaText)
    {
        var json = JsonNode.Parse(schemaText)!.AsObject();
        var declared = json["$schema"]?.GetValue<string>();
        if (declared != Draft202012)
        {
            throw new JsonSchemaException($"$schema is '{declared}', expected {Draft202012}");
        }

        // With $schema present the library takes the registered 2020-12 dialect, which lets unknown
        // keywords through as annotations; built with a strict copy of that dialect instead, they throw.
        json.Remove("$schema");
        var strict = Dialect.Draft202012.With([], allowUnknownKeywords: false);
        return new RuleSetSchema(JsonSchema.Build(JsonSerializer.SerializeToElement(json), new BuildOptions { Dialect = strict }));
    }

    /// <summary>Every violation of the schema by <paramref name="instance"/>; none when it is valid.</summary>
    public IReadOnlyList<SchemaViolation> Check(JsonNode? instance)
    {
        var results = _schema.Evaluate(JsonSerializer.SerializeToElement(instance), Evaluation);
        var violations = new List<SchemaViolation>();
        Collect(results, violations);
        if (!results.IsValid && violations.Count == 0)
        {
            throw new InvalidOperationException("the schema rejected the instance without saying where");
        }

        return violations;
    }

    /// <summary>
    /// The errors of the failing nodes, as ajv reports them: the subschema of an <c>if</c> fails
    /// without being an error (it only picks the <c>then</c>), so nothing under it is collected.
    /// </summary>
    private static void Collect(EvaluationResults node, List<SchemaViolation> violations)
    {
        if (node.IsValid)
        {
            return;
        }

        var at = node.InstanceLocation.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var missing = keyword == "required" ? MissingKeys(message) : [];
            violations.Add(new SchemaViolation(at, missing, keyword, message, node.EvaluationPath.ToString()));
        }

        foreach (var child in node.Details ?? [])
        {
            if (!child.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
            {
                Collect(child, violations);
            }
        }
    }

    /// <summary>The keys a <c>required</c> error names: its message ends with them as a JSON array.</summary>
    private static string[] MissingKeys(string message)
    {
        var start = message.IndexOf('[', StringComparison.Ordinal);
        var end = message.LastIndexOf(']');
        return start >= 0 && end > start
            ? JsonSerializer.Deserialize<string[]>(message[start..(end + 1)])!
            : throw new FormatException($"cannot read the missing keys from the required error '{message}'");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Inspection.sln above {TestContext.CurrentContext.TestDirectory}");
    }
}
