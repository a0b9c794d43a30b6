using System.Globalization;
using System.Text;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;

namespace Inspection.Standards.Tests.Loading;

/// <summary>
/// Input that would take the process down or fill the store: nesting deep enough to overflow the stack
/// of a recursive reader, aliases that multiply one large value, oversize texts and files. Each is
/// refused before it becomes a rule set, with a located problem that names the limit.
/// </summary>
public sealed class RuleSetLoaderLimitsTests
{
    private const int DeepNesting = 50_000;

    private static CatalogText Minimal => CatalogText.Minimal;

    private static RuleSetLoaderOptions Defaults { get; } = new();

    [Test]
    public void Load_FlowSequencesNested50000Deep_IsRefusedAtTheLevelPastTheLimit()
    {
        // About 100 KB: the document of the report that killed the server 4 times out of 4.
        var yaml = $"id: {new string('[', DeepNesting)}{new string(']', DeepNesting)}\n";
        var limit = Defaults.MaxDepth;

        var result = new RuleSetLoader().Load(yaml, "deep.yaml");

        // The root mapping is level 1, so the limit-th '[' opens the first level past the limit.
        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().Equal(new CatalogDiagnostic("deep.yaml", 1, "id: ".Length + limit, string.Empty,
            $"lists and mappings nest deeper than {limit} levels here; a catalog file nests them at most {limit} deep"));
    }

    [Test]
    public void Load_FlowMappingsNested50000Deep_IsRefusedAtTheLevelPastTheLimit()
    {
        var yaml = $"id: {string.Concat(Enumerable.Repeat("{a: ", DeepNesting))}1{new string('}', DeepNesting)}\n";
        var limit = Defaults.MaxDepth;

        var result = new RuleSetLoader().Load(yaml, "deep.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new CatalogDiagnostic("deep.yaml", 1, "id: ".Length + ((limit - 1) * "{a: ".Length) + 1,
            string.Empty, $"lists and mappings nest deeper than {limit} levels here; a catalog file nests them at most {limit} deep"));
    }

    [Test]
    public void Load_BlockSequencesNested50000Deep_IsRefusedAtTheLevelPastTheLimit()
    {
        var yaml = $"{string.Concat(Enumerable.Repeat("- ", DeepNesting))}x\n";
        var limit = Defaults.MaxDepth;

        var result = new RuleSetLoader().Load(yaml, "deep.yaml");

        // Here the root is the first list: level limit + 1 starts at its dash, the (limit + 1)-th.
        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new CatalogDiagnostic("deep.yaml", 1, (2 * limit) + 1,
            string.Empty, $"lists and mappings nest deeper than {limit} levels here; a catalog file nests them at most {limit} deep"));
    }

    [Test]
    public void Load_MaxDepthAsDeepAsTheCatalog_Loads()
    {
        // Option labels are the deepest: rule set, instruments, instrument, questions, question, options, option, label.
        var result = new RuleSetLoader(new RuleSetLoaderOptions { MaxDepth = 8 }).Load(Minimal.Yaml, CatalogText.FileName);

        result.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Load_MaxDepthOneLessThanTheCatalog_IsRefusedAtTheFirstOptionLabel()
    {
        var result = new RuleSetLoader(new RuleSetLoaderOptions { MaxDepth = 7 }).Load(Minimal.Yaml, CatalogText.FileName);

        var at = Minimal.Locate("- { value: monthly, label: { he: חודשית", "{ he:");
        result.Diagnostics.Should().Equal(new CatalogDiagnostic(CatalogText.FileName, at.Line, at.Column, string.Empty,
            "lists and mappings nest deeper than 7 levels here; a catalog file nests them at most 7 deep"));
    }

    [Test]
    public void Load_AnchorAndAlias_IsRefusedAtTheAnchor()
    {
        var yaml = Minimal
            .Replace("title: { he: בית בדיקה, en: Test home }", "title: &home { he: בית בדיקה, en: Test home }")
            .Replace("title: { he: בטיחות, en: Safety }", "title: *home");

        var result = yaml.Load();

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().Equal(yaml.Problem(string.Empty,
            "anchors (&home) are not allowed in a catalog file: write the value out where it is used",
            "title: &home { he", "&home"));
    }

    [Test]
    public void Load_AliasWithoutItsAnchor_IsRefusedAtTheAlias()
    {
        var yaml = Minimal.Replace("title: { he: בטיחות, en: Safety }", "title: *home");

        var result = yaml.Load();

        result.Diagnostics.Should().Equal(yaml.Problem(string.Empty,
            "aliases (*home) are not allowed in a catalog file: write the value out in full", "title: *home", "*home"));
    }

    [Test]
    public void Load_MergeKeyFromAnAnchoredMapping_IsRefusedAtTheAnchor()
    {
        var yaml = Minimal
            .Replace("  - { code: safety, weight: 2, title: { he: בטיחות, en: Safety } }", "  - &domain { code: safety, weight: 2, title: { he: בטיחות, en: Safety } }")
            .Replace("  - { code: care, weight: 1, title: { he: טיפול, en: Care } }", "  - { <<: *domain, code: care, weight: 1 }");

        var result = yaml.Load();

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("anchors (&domain) are not allowed");
    }

    [Test]
    public void Load_OneLargeValueAliasedIntoHundredsOfFields_IsRefusedBeforeAnyIsExpanded()
    {
        // As in the report's 1 MB rule set: one 600 KB text, aliased 400 times.
        var big = new string('x', 600_000);
        var aliases = string.Concat(Enumerable.Repeat("\n  - *big", 400));
        var text = Minimal
            .InsertAfter("title: { he: בית בדיקה, en: Test home }", $"\ndescription:\n  he: &big {big}\n  en: Description")
            .InsertAfter("    evidence: [resident-file]", $"\nunread:{aliases}");

        var result = text.Load();

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().Equal(text.Problem(string.Empty,
            "anchors (&big) are not allowed in a catalog file: write the value out where it is used", "he: &big", "&big"));
    }

    [TestCaseSource(nameof(ShippedCatalogs))]
    public void LoadFile_ShippedCatalog_UsesNoAnchorOrAliasAndKeepsEveryLimit(string path)
    {
        new RuleSetLoader().LoadFile(path).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Load_FileOverTheSizeLimit_IsRefusedAtTheStartNamingTheLimit()
    {
        var padding = new string('#', (int)Defaults.MaxFileBytes);
        var yaml = Minimal.Yaml + padding + "\n";
        var bytes = Encoding.UTF8.GetByteCount(yaml);

        var result = new RuleSetLoader().Load(yaml, "large.yaml");

        result.Diagnostics.Should().Equal(new CatalogDiagnostic("large.yaml", 1, 1, string.Empty,
            $"the file is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; a catalog file is at most 1,048,576 bytes"));
    }

    [Test]
    public void Load_HebrewFileOverTheLimitInUtf8Bytes_IsRefused()
    {
        // 600,000 Hebrew letters are 1,200,000 bytes in UTF-8, though fewer characters than the limit.
        var yaml = Minimal.Replace("title: { he: בית בדיקה, en: Test home }", $"title: {{ he: {new string('א', 600_000)}, en: Test home }}").Yaml;

        var result = new RuleSetLoader().Load(yaml, "hebrew.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().EndWith("bytes; a catalog file is at most 1,048,576 bytes");
    }

    [Test]
    public void LoadFile_FileOverTheSizeLimit_IsRefusedWithoutReadingIt()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("large.yaml", Minimal.Yaml);
        var size = new FileInfo(path).Length;

        var result = new RuleSetLoader(new RuleSetLoaderOptions { MaxFileBytes = size - 1 }).LoadFile(path);

        result.Diagnostics.Should().Equal(new CatalogDiagnostic(path, 1, 1, string.Empty,
            $"the file is {size.ToString("N0", CultureInfo.InvariantCulture)} bytes; a catalog file is at most {(size - 1).ToString("N0", CultureInfo.InvariantCulture)} bytes"));
    }

    [Test]
    public void LoadFile_FileAtTheSizeLimit_Loads()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("exact.yaml", Minimal.Yaml);

        var result = new RuleSetLoader(new RuleSetLoaderOptions { MaxFileBytes = new FileInfo(path).Length }).LoadFile(path);

        result.Diagnostics.Should().BeEmpty();
    }

    [TestCaseSource(nameof(TextCases))]
    public void Load_TextOneOverItsLimit_IsRefusedAtTheTextNamingTheLimit(TextCase text)
    {
        var value = text.ValueOf(text.Limit + 1);
        var yaml = text.Apply(Minimal, value);

        var result = yaml.Load();

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().Equal(yaml.Problem(text.Path,
            $"is {(text.Limit + 1).ToString("N0", CultureInfo.InvariantCulture)} characters long; {text.Kind} is at most {text.Limit.ToString("N0", CultureInfo.InvariantCulture)} characters", text.Context(value), value));
    }

    [TestCaseSource(nameof(TextCases))]
    public void Load_TextAtItsLimit_Loads(TextCase text)
    {
        var value = text.ValueOf(text.Limit);

        var result = text.Apply(Minimal, value).Load();

        value.Length.Should().Be(text.Limit);
        result.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Load_SmallerLimitsGiven_AreTheOnesApplied()
    {
        var options = new RuleSetLoaderOptions { MaxCodeLength = 8, MaxTitleLength = 8 };

        var result = new RuleSetLoader(options).Load(Minimal.Yaml, CatalogText.FileName);

        result.Diagnostics.Should().Contain(
        [
            Minimal.Problem("id", "is 9 characters long; a code is at most 8 characters", "id: test-home", "test-home"),
            Minimal.Problem("title.en", "is 9 characters long; a title or label is at most 8 characters", "en: Test home }", "Test home"),
        ]);
        result.Diagnostics.Should().NotContain(d => d.Path == "domains[0].code", "'safety' is 6 characters");
    }

    private static IEnumerable<TestCaseData> TextCases()
    {
        var o = Defaults;
        const string Title = "a title or label";
        const string Sentence = "a question, reason or legal reference";
        const string Long = "a description, help text or guidance";
        TextCase[] cases =
        [
            new("id", "id: test-home", "test-home", "id", o.MaxCodeLength, "a code", Letters('t')),
            new("rating band code", "- { code: excellent,", "excellent", "policy.ratingBands[0].code", o.MaxCodeLength, "a code", Letters('e')),
            new("option value", "- { value: yearly,", "yearly", "instruments[0].questions[2].options[1].value", o.MaxCodeLength, "a code", Letters('y')),
            new("grade", "scope: isolated,   grade: A }", "A", "policy.grades[0].grade", o.MaxCodeLength, "a code", Letters('A')),
            new("rule-set title", "en: Test home }", "Test home", "title.en", o.MaxTitleLength, Title, Letters('h')),
            new("standard title in Hebrew", "he: תרגיל אש ברבעון האחרון,", "תרגיל אש ברבעון האחרון", "standards[0].title.he", o.MaxTitleLength, Title, Letters('א')),
            new("option label", "en: Monthly }", "Monthly", "instruments[0].questions[2].options[0].label.en", o.MaxTitleLength, Title, Letters('m')),
            new("question text", "en: Date of the last fire drill }", "Date of the last fire drill", "instruments[0].questions[0].text.en", o.MaxTextLength, Sentence, Letters('d')),
            new("rating cap reason", "en: A deficiency places residents in immediate jeopardy", "A deficiency places residents in immediate jeopardy",
                "policy.ratingCaps[1].reason.en", o.MaxTextLength, Sentence, Letters('r')),
            new("legal reference", "en: 'Supervision of Homes Law, 1965'", "'Supervision of Homes Law, 1965'", "standards[0].legalReference.en", o.MaxTextLength, Sentence, Letters('l')),
            new("rule", "rule: r.has_wound_plan", "r.has_wound_plan", "standards[3].rule", o.MaxExpressionLength, "an expression", ExpressionOfLength),
            new("tracer identification", "identifiedBy: r.has_pressure_injury || r.braden_score <= 12", "r.has_pressure_injury || r.braden_score <= 12",
                "tracers[0].identifiedBy", o.MaxExpressionLength, "an expression", ExpressionOfLength),
            new("question help", "text: { he: מועד תרגיל האש האחרון, en: Date of the last fire drill }", string.Empty,
                "instruments[0].questions[0].help.en", o.MaxLongTextLength, Long, Letters('x'), Insert: "\n        help: {{ he: עזרה, en: {0} }}"),
            new("standard guidance", "    evidence: [resident-file]", string.Empty, "standards[3].guidance.he", o.MaxLongTextLength, Long,
                Letters('ה'), Insert: "\n    guidance: {{ he: {0}, en: Guidance }}"),
        ];
        return cases.Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));
    }

    private static Func<int, string> Letters(char letter) => length => new string(letter, length);

    /// <summary>A valid rule over the minimal catalog's resident answers, exactly <paramref name="length"/> characters long.</summary>
    private static string ExpressionOfLength(int length)
    {
        const string First = "r.has_wound_plan";
        const string Or = " || r.has_wound_plan";
        const string OrNot = " || !r.has_wound_plan";

        // 20a + 21b = rest, where b is rest modulo 20 (21b leaves the same remainder as b).
        var rest = length - First.Length;
        var negated = rest % Or.Length;
        var plain = (rest - (negated * OrNot.Length)) / Or.Length;
        return First + string.Concat(Enumerable.Repeat(Or, plain)) + string.Concat(Enumerable.Repeat(OrNot, negated));
    }

    /// <summary>
    /// One kind of text, changed in one place of the minimal catalog: the value in <see cref="Snippet"/>
    /// replaced by a generated one, or (with <see cref="Insert"/>) a new key inserted after the snippet.
    /// </summary>
    public sealed record TextCase(string Name, string Snippet, string Original, string Path, int Limit, string Kind, Func<int, string> ValueOf, string? Insert = null)
    {
        internal CatalogText Apply(CatalogText catalog, string value) =>
            Insert is null
                ? catalog.Replace(Snippet, Snippet.Replace(Original, value, StringComparison.Ordinal))
                : catalog.InsertAfter(Snippet, string.Format(System.Globalization.CultureInfo.InvariantCulture, Insert, value));

        internal string Context(string value) => Insert is null
            ? Snippet.Replace(Original, value, StringComparison.Ordinal)
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, Insert, value);

        public override string ToString() => Name;
    }

    private static IEnumerable<TestCaseData> ShippedCatalogs()
    {
        var catalog = Path.Combine(Schema.RuleSetSchema.RepositoryRoot, "standards-catalog");
        return Directory.EnumerateFiles(catalog, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));
    }
}
