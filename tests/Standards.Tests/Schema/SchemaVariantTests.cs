using System.Text.Json.Nodes;
using Inspection.Standards.Loading;

namespace Inspection.Standards.Tests.Schema;

/// <summary>
/// Variants of the minimal catalog, each changed in one place, checked against the JSON Schema: a
/// broken variant is rejected with an error at the place that was changed (so that it cannot pass by
/// breaking something else), and a few edge variants are accepted. This keeps the schema from passing
/// vacuously by accepting anything.
/// </summary>
public sealed class SchemaVariantTests
{
    private static readonly Lazy<RuleSetSchema> Schema = new(RuleSetSchema.Load);

    private static readonly RuleSetLoaderOptions Limits = new();

    private static readonly Lazy<JsonObject> Minimal = new(() =>
        CoreSchemaYaml.ToJson(File.ReadAllText(RuleSetSchema.MinimalCatalogPath), "minimal.yaml")!.AsObject());

    private static JsonObject Text() => new() { ["he"] = "טקסט", ["en"] = "Text" };

    /// <summary>
    /// Each returns the JSON pointer where the schema must report the problem: the changed value, the
    /// unknown key, or the missing key ("" is the root).
    /// </summary>
    private static IEnumerable<(string Name, Func<CatalogJson, string> Change)> RejectedVariants()
    {
        static (string, Func<CatalogJson, string>) Variant(string name, Func<CatalogJson, string> change) => (name, change);

        // Unknown keys (the parser rejects them; so must the schema).
        yield return Variant("unknown root key", j => j.Add([], "colour", "red"));
        yield return Variant("unknown standard key", j => j.Add(["standards", 0], "colour", "red"));
        yield return Variant("unknown scope cut point key", j => j.Add(["policy", "scopeCutPoints"], "isolated", 0.1m));
        yield return Variant("unknown language in a text", j => j.Add(["title"], "fr", "Maison"));
        yield return Variant("question key in the wrong case", j => j.Add(["instruments", 0, "questions", 0], "Required", true));

        // Values outside an enum.
        yield return Variant("bad status", j => j.Set(["status"], "final"));
        yield return Variant("bad service type", j => j.Set(["serviceType"], "hospital"));
        yield return Variant("bad severity", j => j.Set(["standards", 0, "severity"], "severe"));
        yield return Variant("bad scope", j => j.Set(["standards", 0, "scope"], "everywhere"));
        yield return Variant("bad level", j => j.Set(["standards", 0, "level"], "facility"));
        yield return Variant("bad standard type (measures)", j => j.Set(["standards", 0, "measures"], "quality"));
        yield return Variant("bad evidence source", j => j.Set(["standards", 0, "evidence", 0], "interview"));
        yield return Variant("bad question type", j => j.Set(["instruments", 0, "questions", 1, "type"], "boolean"));
        yield return Variant("bad question unit", j => j.Set(["instruments", 0, "questions", 0, "unit"], "ward"));
        yield return Variant("bad question source", j => j.Set(["instruments", 0, "questions", 0, "source"], "hearsay"));
        yield return Variant("bad grade cell severity", j => j.Set(["policy", "grades", 0, "severity"], "tiny"));

        // Missing required keys, Hebrew and English text included.
        yield return Variant("title without Hebrew (he)", j => j.Remove(["title"], "he"));
        yield return Variant("title without English (en)", j => j.Remove(["title"], "en"));
        yield return Variant("optional text (legalReference) without Hebrew", j => j.Remove(["standards", 0, "legalReference"], "he"));
        yield return Variant("option label without Hebrew", j => j.Remove(["instruments", 0, "questions", 2, "options", 0, "label"], "he"));
        yield return Variant("empty Hebrew text", j => j.Set(["title", "he"], string.Empty));
        yield return Variant("blank Hebrew text", j => j.Set(["title", "he"], "   "));
        yield return Variant("missing id", j => j.Remove([], "id"));
        yield return Variant("missing policy", j => j.Remove([], "policy"));
        yield return Variant("standard without evidence", j => j.Remove(["standards", 0], "evidence"));
        yield return Variant("standard without a type (measures)", j => j.Remove(["standards", 0], "measures"));
        yield return Variant("question without source", j => j.Remove(["instruments", 0, "questions", 0], "source"));

        // Numbers out of bounds.
        yield return Variant("resident bar 1.5", j => j.Set([.. j.ResidentStandard(), "bar"], 1.5m));
        yield return Variant("resident bar 0", j => j.Set([.. j.ResidentStandard(), "bar"], 0));
        yield return Variant("standard weight 0", j => j.Set(["standards", 0, "weight"], 0));
        yield return Variant("standard weight not a number", j => j.Set(["standards", 0, "weight"], "heavy"));
        yield return Variant("negative domain weight", j => j.Set(["domains", 0, "weight"], -1));
        yield return Variant("policy minimumSample 0", j => j.Set(["policy", "minimumSample"], 0));
        yield return Variant("fractional policy minimumSample", j => j.Set(["policy", "minimumSample"], 2.5m));
        yield return Variant("rating band minScore above 1", j => j.Set(["policy", "ratingBands", 0, "minScore"], 1.2m));
        yield return Variant("scope cut point above 1", j => j.Set(["policy", "scopeCutPoints", "widespread"], 1.5m));

        // Codes and formats.
        yield return Variant("id not kebab-case", j => j.Set(["id"], "Test_Home"));
        yield return Variant("domain code not kebab-case", j => j.Set(["domains", 0, "code"], "Safety"));
        yield return Variant("tracer code not kebab-case", j => j.Set(["tracers", 0, "code"], "pressure_injury"));
        yield return Variant("bad standard code (lower case)", j => j.Set(["standards", 0, "code"], "saf-01"));
        yield return Variant("bad standard code (double dash)", j => j.Set(["standards", 0, "code"], "SAF--01"));
        yield return Variant("question code with dashes", j => j.Set(["instruments", 0, "questions", 0, "code"], "fire-drill-date"));
        yield return Variant("question code starting with a digit", j => j.Set(["instruments", 0, "questions", 0, "code"], "1st_drill"));
        yield return Variant("version with two parts", j => j.Set(["version"], "1.0"));
        yield return Variant("version with a leading zero", j => j.Set(["version"], "1.01.0"));
        yield return Variant("prerelease version", j => j.Set(["version"], "1.0.0-beta"));
        yield return Variant("effectiveFrom not ISO", j => j.Set(["effectiveFrom"], "01/01/2026"));
        yield return Variant("effectiveFrom impossible date", j => j.Set(["effectiveFrom"], "2026-02-30"));

        // Rules that depend on the level or type.
        yield return Variant("resident standard without bar", j => j.Remove(j.ResidentStandard(), "bar"));
        yield return Variant("resident standard with scope", j => j.Add(j.ResidentStandard(), "scope", "pattern"));
        yield return Variant("institution standard without scope", j => j.Remove(j.InstitutionStandard(), "scope"));
        yield return Variant("institution standard with tracer", j => j.Add(j.InstitutionStandard(), "tracer", "pressure-injury"));
        yield return Variant("institution standard with minimumSample", j => j.Add(j.InstitutionStandard(), "minimumSample", 3));
        yield return Variant("rating cap with neither severity nor immediateJeopardy", j =>
        {
            // Without a severity the cap needs immediateJeopardy: true, and the schema reports that key missing.
            var cap = j.Find(["policy", "ratingCaps"], c => c is JsonObject o && o.ContainsKey("severity") && !o.ContainsKey("immediateJeopardy"),
                "rating cap with a severity");
            j.Remove(cap, "severity");
            return CatalogJson.PointerTo([.. cap, "immediateJeopardy"]);
        });
        yield return Variant("grade grid with 8 cells", j =>
        {
            j.ListAt("policy", "grades").RemoveAt(0);
            return CatalogJson.PointerTo(["policy", "grades"]);
        });
        yield return Variant("choice question with one option", j =>
        {
            object[] options = [.. j.Question("choice"), "options"];
            var list = j.ListAt(options);
            while (list.Count > 1)
            {
                list.RemoveAt(1);
            }

            return CatalogJson.PointerTo(options);
        });
        yield return Variant("yes-no question with options", j =>
            j.Add(j.Question("yes-no"), "options", j.Get([.. j.Question("choice"), "options"]).DeepClone()));
        yield return Variant("scale question without max", j => j.Remove(j.Question("scale"), "max"));
        yield return Variant("date question with min", j => j.Add(j.Question("date"), "min", 0));

        // Lengths over the loader's limits (RuleSetLoaderOptions), one kind of text at a time.
        yield return Variant("domain code over 64 characters", j => j.Set(["domains", 0, "code"], new string('s', Limits.MaxCodeLength + 1)));
        yield return Variant("option value over 64 characters", j => j.Set(["instruments", 0, "questions", 2, "options", 0, "value"], new string('m', Limits.MaxCodeLength + 1)));
        yield return Variant("title over 200 characters", j => j.Set(["standards", 0, "title", "en"], new string('t', Limits.MaxTitleLength + 1)));
        yield return Variant("question text over 1,000 characters", j => j.Set(["instruments", 0, "questions", 0, "text", "he"], new string('ש', Limits.MaxTextLength + 1)));
        yield return Variant("rule over 1,000 characters", j => j.Set([.. j.ResidentStandard(), "rule"], new string('r', Limits.MaxExpressionLength + 1)));
        yield return Variant("guidance over 4,000 characters", j =>
        {
            j.Add(j.ResidentStandard(), "guidance", Text());
            return j.Set([.. j.ResidentStandard(), "guidance", "en"], new string('g', Limits.MaxLongTextLength + 1));
        });
    }

    private static IEnumerable<(string Name, Action<CatalogJson> Change)> AcceptedVariants()
    {
        static (string, Action<CatalogJson>) Variant(string name, Action<CatalogJson> change) => (name, change);

        yield return Variant("resident bar 1 (upper bound)", j => j.Set([.. j.ResidentStandard(), "bar"], 1));
        yield return Variant("resident bar 0.01", j => j.Set([.. j.ResidentStandard(), "bar"], 0.01m));
        yield return Variant("domain weight 0.5", j => j.Set(["domains", 0, "weight"], 0.5m));
        yield return Variant("rating band minScore 1 (upper bound)", j => j.Set(["policy", "ratingBands", 0, "minScore"], 1));
        yield return Variant("institution standard without bar", j =>
        {
            if (j.MappingAt(j.InstitutionStandard()).ContainsKey("bar"))
            {
                throw new InvalidOperationException("the institution standard in minimal.yaml has a bar; update the variant");
            }
        });
        yield return Variant("optional keys present", j =>
        {
            j.Add([], "description", Text());
            j.Add(["instruments", 0, "questions", 0], "required", false);
            j.Add(["instruments", 0, "questions", 0], "help", Text());
            j.Add(j.ResidentStandard(), "minimumSample", 5);
            j.Add(j.ResidentStandard(), "applicability", "r.has_pressure_injury");
            j.Add(j.ResidentStandard(), "guidance", Text());
            j.Add(["tracers", 0], "description", Text());
        });
        yield return Variant("every kind of text at its limit", j =>
        {
            j.Set(["domains", 1, "code"], new string('c', Limits.MaxCodeLength));
            j.Set(["standards", 0, "title", "he"], new string('ת', Limits.MaxTitleLength));
            j.Set(["instruments", 0, "questions", 0, "text", "en"], new string('q', Limits.MaxTextLength));
            j.Set([.. j.ResidentStandard(), "rule"], new string('r', Limits.MaxExpressionLength));
            j.Add([], "description", new JsonObject { ["he"] = new string('ת', Limits.MaxLongTextLength), ["en"] = "Description" });
        });
    }

    private static IEnumerable<TestCaseData> Rejected() => RejectedVariants().Select(v => new TestCaseData(v.Change).SetArgDisplayNames(v.Name));

    private static IEnumerable<TestCaseData> Accepted() => AcceptedVariants().Select(v => new TestCaseData(v.Change).SetArgDisplayNames(v.Name));

    [TestCaseSource(nameof(Rejected))]
    public void Check_BrokenVariant_IsRejectedAtTheChangedPlace(Func<CatalogJson, string> change)
    {
        var json = new CatalogJson(Minimal.Value.DeepClone().AsObject());
        var at = change(json);

        var violations = Schema.Value.Check(json.Root);

        violations.Should().NotBeEmpty("the schema must reject the variant, with an error at {0}", at.Length == 0 ? "(root)" : at);
        violations.Should().Contain(v => v.Locations.Contains(at),
            "the error must be at {0} (the place that was changed); the schema reported:\n{1}",
            at.Length == 0 ? "(root)" : at, string.Join("\n", violations));
    }

    [TestCaseSource(nameof(Accepted))]
    public void Check_EdgeVariant_IsAccepted(Action<CatalogJson> change)
    {
        var json = new CatalogJson(Minimal.Value.DeepClone().AsObject());
        change(json);

        Schema.Value.Check(json.Root).Should().BeEmpty();
    }

    [Test]
    public void Variants_OfTheAjvCheckThisReplaced_AreAllKeptUnderTheirOwnNames()
    {
        var rejected = RejectedVariants().Select(v => v.Name).ToList();
        var accepted = AcceptedVariants().Select(v => v.Name).ToList();

        // The ajv check had 57 rejected and 6 accepted variants; the length limits came with the port, and
        // two for what a standard measures (a bad value, and none) with the field.
        rejected.Should().HaveCount(57 + 6 + 2).And.OnlyHaveUniqueItems();
        accepted.Should().HaveCount(6 + 1).And.OnlyHaveUniqueItems();
    }
}
