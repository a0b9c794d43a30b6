using System.Globalization;
using System.Text;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Engine.Tests;

/// <summary>
/// A small catalog written for one test: the shared policy (<c>Catalogs/policy.yaml</c>), and only
/// the questions, tracers and standards the test names, so that each standard is tested alone with
/// a small response. Domains are declared from the standards that use them (weight 1 unless given).
/// </summary>
internal sealed class TestCatalog
{
    /// <summary>The file name the catalog is loaded under; diagnostics carry it.</summary>
    public const string FileName = "test.yaml";

    private readonly List<string> _institutionQuestions = [];
    private readonly List<string> _residentQuestions = [];
    private readonly List<string> _tracers = [];
    private readonly List<string> _standards = [];
    private readonly List<string> _domainOrder = [];
    private readonly List<string> _policy = [];
    private readonly List<string> _consequences = [];
    private readonly Dictionary<string, decimal> _domainWeights = new(StringComparer.Ordinal);
    private string _version = "1.0.0";
    private int _minimumSample = 3;
    private string _title = "Test home";

    public static string PolicyPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Catalogs", "policy.yaml");

    /// <summary>The catalog text, as the loader reads it.</summary>
    public string Yaml
    {
        get
        {
            var y = new StringBuilder();
            y.Append(CultureInfo.InvariantCulture, $$"""
                id: test-home
                serviceType: elderly-care-home
                version: {{_version}}
                effectiveFrom: 2026-01-01
                status: draft
                title: { he: בית בדיקה, en: {{_title}} }

                """);
            y.AppendLine(File.ReadAllText(PolicyPath).ReplaceLineEndings("\n").TrimEnd().Replace("minimumSample: 3", $"minimumSample: {_minimumSample}", StringComparison.Ordinal));
            _policy.ForEach(line => y.AppendLine(CultureInfo.InvariantCulture, $"  {line}"));
            if (_consequences.Count > 0)
            {
                y.AppendLine("consequences:");
                _consequences.ForEach(c => y.Append(c));
            }

            y.AppendLine("domains:");
            foreach (var domain in _domainOrder)
            {
                y.AppendLine(CultureInfo.InvariantCulture, $"  - {{ code: {domain}, weight: {_domainWeights[domain]}, title: {{ he: תחום, en: Domain {domain} }} }}");
            }

            if (_tracers.Count > 0)
            {
                y.AppendLine("tracers:");
                _tracers.ForEach(t => y.Append(t));
            }

            y.AppendLine("instruments:");
            if (_institutionQuestions.Count > 0)
            {
                y.AppendLine("  - code: institution\n    title: { he: מוסד, en: Institution }\n    questions:");
                _institutionQuestions.ForEach(q => y.Append(q));
            }

            if (_residentQuestions.Count > 0)
            {
                y.AppendLine("  - code: resident-sample\n    title: { he: מדגם דיירים, en: Resident sample }\n    questions:");
                _residentQuestions.ForEach(q => y.Append(q));
            }

            y.AppendLine("standards:");
            _standards.ForEach(s => y.Append(s));
            return y.ToString();
        }
    }

    public TestCatalog Version(string version)
    {
        _version = version;
        return this;
    }

    /// <summary>Changes the title: new content (and so a new hash) under the same version.</summary>
    public TestCatalog Title(string english)
    {
        _title = english;
        return this;
    }

    /// <summary>The rule set's default minimum sample (the shared policy says 3).</summary>
    public TestCatalog MinimumSample(int residents)
    {
        _minimumSample = residents;
        return this;
    }

    /// <summary>Adds a line to the policy (for example <c>minimumCoverage: 0.5</c>).</summary>
    public TestCatalog Policy(string line)
    {
        _policy.Add(line);
        return this;
    }

    /// <summary>A consequence: when <paramref name="when"/> holds for a finding, <paramref name="then"/> (a YAML mapping) follows.</summary>
    public TestCatalog Consequence(string code, string when, string then)
    {
        _consequences.Add($$"""
              - code: {{code}}
                when: {{Quote(when)}}
                then: {{then}}
                reason: { he: תוצאה, en: Consequence {{code}} }

            """);
        return this;
    }

    /// <summary>Declares a domain with its weight (domains named only by standards weigh 1).</summary>
    public TestCatalog Domain(string code, decimal weight)
    {
        UseDomain(code);
        _domainWeights[code] = weight;
        return this;
    }

    /// <summary>An institution question (<c>q.code</c>).</summary>
    public TestCatalog Question(string code, string type, string? showIf = null, decimal? min = null, decimal? max = null, string[]? options = null) =>
        AddQuestion(_institutionQuestions, "institution", code, type, showIf, min, max, options);

    /// <summary>A resident question (<c>r.code</c>).</summary>
    public TestCatalog ResidentQuestion(string code, string type, string? showIf = null, decimal? min = null, decimal? max = null, string[]? options = null) =>
        AddQuestion(_residentQuestions, "resident", code, type, showIf, min, max, options);

    public TestCatalog Tracer(string code, string identifiedBy)
    {
        _tracers.Add($$"""
              - code: {{code}}
                title: { he: מצב עקיבה, en: Tracer {{code}} }
                identifiedBy: {{Quote(identifiedBy)}}

            """);
        return this;
    }

    /// <summary>An institution-level standard with its declared scope.</summary>
    public TestCatalog Standard(
        string code, string rule, string severity = "major", string scope = "widespread", string? applicability = null,
        string domain = "care", decimal weight = 1, string measures = "process")
    {
        UseDomain(domain);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $$"""
              - code: {{code}}
                domain: {{domain}}
                level: institution
                title: { he: תקן, en: Standard {{code}} }
                rule: {{Quote(rule)}}

            """);
        if (applicability is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"    applicability: {Quote(applicability)}");
        }

        s.Append(CultureInfo.InvariantCulture, $$"""
                severity: {{severity}}
                scope: {{scope}}
                weight: {{weight}}
                measures: {{measures}}
                evidence: [document]

            """);
        _standards.Add(s.ToString());
        return this;
    }

    /// <summary>A resident-level standard, judged by the share of applicable sampled residents against the bar.</summary>
    public TestCatalog ResidentStandard(
        string code, string rule, decimal bar = 0.8m, string? tracer = null, string severity = "major", string? applicability = null,
        int? minimumSample = null, string domain = "care", decimal weight = 1, string measures = "process")
    {
        UseDomain(domain);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $$"""
              - code: {{code}}
                domain: {{domain}}
                level: resident
                title: { he: תקן, en: Standard {{code}} }
                rule: {{Quote(rule)}}
                bar: {{bar}}
                severity: {{severity}}
                weight: {{weight}}
                measures: {{measures}}
                evidence: [resident-file]

            """);
        if (tracer is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"    tracer: {tracer}");
        }

        if (applicability is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"    applicability: {Quote(applicability)}");
        }

        if (minimumSample is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"    minimumSample: {minimumSample}");
        }

        _standards.Add(s.ToString());
        return this;
    }

    /// <summary>Loads the catalog with <paramref name="options"/> (none: the plain loader).</summary>
    public RuleSetLoadResult Load(RuleSetLoaderOptions? options = null) => new RuleSetLoader(options).Load(Yaml, FileName);

    /// <summary>Loads the catalog and fails the test unless it loads without any problem.</summary>
    public RuleSet LoadValid()
    {
        var result = Load();
        result.Diagnostics.Should().BeEmpty("the test catalog must be valid:\n{0}", Yaml);
        return result.RuleSet!;
    }

    /// <summary>Loads and compiles the catalog with a fresh compiler.</summary>
    public ICompiledRuleSet Compile() => new RuleSetCompiler().Compile(LoadValid());

    /// <summary>
    /// Where <paramref name="snippet"/> (which must occur exactly once) starts in <see cref="Yaml"/>:
    /// the 1-based line and column the loader reports.
    /// </summary>
    public SourceLocation Locate(string snippet)
    {
        var yaml = Yaml;
        var offset = yaml.IndexOf(snippet, StringComparison.Ordinal);
        offset.Should().BeGreaterThanOrEqualTo(0, "\"{0}\" must be in the catalog", snippet);
        yaml.IndexOf(snippet, offset + 1, StringComparison.Ordinal).Should().Be(-1, "\"{0}\" must occur once", snippet);
        var lineStart = yaml.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        var line = yaml.AsSpan(0, offset).Count('\n') + 1;
        return new SourceLocation(FileName, line, offset - lineStart + 1);
    }

    private TestCatalog AddQuestion(
        List<string> questions, string unit, string code, string type, string? showIf, decimal? min, decimal? max, string[]? options)
    {
        var q = new StringBuilder();
        q.Append(CultureInfo.InvariantCulture, $$"""
                  - code: {{code}}
                    type: {{type}}
                    unit: {{unit}}
                    source: {{(unit == "institution" ? "document" : "resident-file")}}
                    text: { he: שאלה, en: Question {{code}} }

            """);
        if (showIf is not null)
        {
            q.AppendLine(CultureInfo.InvariantCulture, $"        showIf: {Quote(showIf)}");
        }

        if (min is not null)
        {
            q.AppendLine(CultureInfo.InvariantCulture, $"        min: {min}");
        }

        if (max is not null)
        {
            q.AppendLine(CultureInfo.InvariantCulture, $"        max: {max}");
        }

        if (options is not null)
        {
            q.AppendLine("        options:");
            foreach (var option in options)
            {
                q.AppendLine(CultureInfo.InvariantCulture, $"          - {{ value: {option}, label: {{ he: אפשרות, en: {option} }} }}");
            }
        }

        questions.Add(q.ToString());
        return this;
    }

    private void UseDomain(string code)
    {
        if (!_domainWeights.ContainsKey(code))
        {
            _domainOrder.Add(code);
            _domainWeights[code] = 1;
        }
    }

    // Single-quoted YAML keeps an expression's double quotes and colons as they are.
    private static string Quote(string expression) => $"'{expression.Replace("'", "''", StringComparison.Ordinal)}'";
}
