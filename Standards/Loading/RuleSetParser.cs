using Inspection.Standards.Diagnostics;
using Inspection.Standards.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inspection.Standards.Loading;

/// <summary>
/// Turns the YAML of one catalog file into a <see cref="RuleSet"/>. Reads as far as it can and
/// reports every structural problem; the caller decides that a file with any problem yields no rule set.
/// </summary>
internal static class RuleSetParser
{
    private static readonly string[] RootKeys =
        ["id", "serviceType", "version", "effectiveFrom", "status", "title", "description", "policy", "domains", "tracers", "instruments", "standards", "consequences"];

    private static readonly string[] PolicyKeys = [
        "minimumSample", "scopeCutPoints", "grades", "ratingBands", "ratingCaps", "minimumCoverage", "mustBeJudged", "maxSampledResidents",
    ];

    private static readonly string[] ConsequenceKeys = ["code", "when", "then", "reason"];
    private static readonly string[] ConsequenceActionKeys = ["followUpWithinDays", "escalateTo", "raiseGrade", "notRated"];
    private static readonly string[] DomainKeys = ["code", "weight", "title"];
    private static readonly string[] TracerKeys = ["code", "title", "identifiedBy", "description"];
    private static readonly string[] InstrumentKeys = ["code", "title", "questions"];
    private static readonly string[] OptionKeys = ["value", "label"];

    private static readonly string[] QuestionKeys =
        ["code", "type", "unit", "source", "required", "text", "help", "showIf", "min", "max", "options"];

    private static readonly string[] StandardKeys =
    [
        "code", "domain", "level", "title", "rule", "applicability", "tracer", "bar", "severity", "scope", "weight",
        "minimumSample", "evidence", "legalReference", "guidance", "measures",
    ];

    public static RuleSet? Parse(string yaml, SourceMap map, List<CatalogDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new CatalogDiagnostic(map.File, (int)e.Start.Line, (int)e.Start.Column, string.Empty, YamlMessage(e)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, not with a YamlException, on a flow collection
            // ('{' or '[') left open; where it stopped reading is the best location it gives.
            var at = scanner.CurrentPosition;
            diagnostics.Add(new CatalogDiagnostic(map.File, (int)at.Line, (int)at.Column, string.Empty,
                "this is not valid YAML: it cannot be read from here on; look above for a '{' or '[' that is never closed"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            diagnostics.Add(new CatalogDiagnostic(map.File, 1, 1, string.Empty,
                stream.Documents.Count == 0 ? "the file is empty" : "a catalog file holds exactly one rule set (one YAML document)"));
            return null;
        }

        var reader = new YamlNodeReader(map, diagnostics);
        var root = reader.AsMapping(stream.Documents[0].RootNode, string.Empty);
        return root is null ? null : ReadRuleSet(reader, root);
    }

    private static RuleSet? ReadRuleSet(YamlNodeReader reader, YamlMappingNode root)
    {
        reader.CheckKeys(root, string.Empty, RootKeys);
        var id = reader.String(root, "id", string.Empty);
        var serviceType = reader.String(root, "serviceType", string.Empty);
        var versionText = reader.String(root, "version", string.Empty);
        SemanticVersion version = default;
        if (versionText is not null && !SemanticVersion.TryParse(versionText, out version))
        {
            reader.Error("version", $"expected a semantic version such as 1.2.0, found '{versionText}'");
        }

        var effectiveFrom = reader.Date(root, "effectiveFrom", string.Empty);
        var status = reader.Enum<RuleSetStatus>(root, "status", string.Empty);
        var title = reader.Text(root, "title", string.Empty);
        var description = reader.Text(root, "description", string.Empty, required: false) ?? LocalizedText.Empty;
        var policyNode = reader.Child(root, "policy", string.Empty, required: true);
        var policy = policyNode is null ? null : ReadPolicy(reader, policyNode, "policy");
        var domains = reader.List(root, "domains", string.Empty, (n, p) => ReadDomain(reader, n, p));
        var tracers = reader.List(root, "tracers", string.Empty, (n, p) => ReadTracer(reader, n, p), required: false);
        var instruments = reader.List(root, "instruments", string.Empty, (n, p) => ReadInstrument(reader, n, p));
        var standards = reader.List(root, "standards", string.Empty, (n, p) => ReadStandard(reader, n, p));
        var consequences = reader.List(root, "consequences", string.Empty, (n, p) => ReadConsequence(reader, n, p), required: false);

        if (id is null || serviceType is null || versionText is null || effectiveFrom is null || status is null
            || title is null || policy is null)
        {
            return null;
        }

        return new RuleSet(id, serviceType, version, effectiveFrom.Value, status.Value, title, description, policy,
            domains, tracers, instruments, standards) { Consequences = consequences };
    }

    private static EvaluationPolicy? ReadPolicy(YamlNodeReader reader, YamlNode node, string path)
    {
        var policy = reader.AsMapping(node, path);
        if (policy is null)
        {
            return null;
        }

        reader.CheckKeys(policy, path, PolicyKeys);
        var minimumSample = reader.Integer(policy, "minimumSample", path);
        ScopeCutPoints? cutPoints = null;
        if (reader.Child(policy, "scopeCutPoints", path, required: true) is { } cutNode
            && reader.AsMapping(cutNode, $"{path}.scopeCutPoints") is { } cuts)
        {
            var cutPath = $"{path}.scopeCutPoints";
            reader.CheckKeys(cuts, cutPath, ["pattern", "widespread"]);
            var pattern = reader.Decimal(cuts, "pattern", cutPath);
            var widespread = reader.Decimal(cuts, "widespread", cutPath);
            if (pattern is not null && widespread is not null)
            {
                cutPoints = new ScopeCutPoints(pattern.Value, widespread.Value);
            }
        }

        var grades = reader.List(policy, "grades", path, (n, p) =>
        {
            var cell = reader.AsMapping(n, p);
            if (cell is null)
            {
                return null;
            }

            reader.CheckKeys(cell, p, ["severity", "scope", "grade", "immediateJeopardy"]);
            var severity = reader.Enum<Severity>(cell, "severity", p);
            var scope = reader.Enum<Scope>(cell, "scope", p);
            var grade = reader.String(cell, "grade", p);
            var jeopardy = reader.Boolean(cell, "immediateJeopardy", p, required: false) ?? false;
            return severity is null || scope is null || grade is null ? null : new GradeCell(severity.Value, scope.Value, grade, jeopardy);
        });
        var bands = reader.List(policy, "ratingBands", path, (n, p) =>
        {
            var band = reader.AsMapping(n, p);
            if (band is null)
            {
                return null;
            }

            reader.CheckKeys(band, p, ["code", "minScore", "label"]);
            var code = reader.String(band, "code", p);
            var minScore = reader.Decimal(band, "minScore", p);
            var label = reader.Text(band, "label", p);
            return code is null || minScore is null || label is null ? null : new RatingBand(code, minScore.Value, label);
        });
        var caps = reader.List(policy, "ratingCaps", path, (n, p) =>
        {
            var cap = reader.AsMapping(n, p);
            if (cap is null)
            {
                return null;
            }

            reader.CheckKeys(cap, p, ["code", "severity", "immediateJeopardy", "maxRating", "reason"]);
            var code = reader.String(cap, "code", p);
            var severity = reader.Enum<Severity>(cap, "severity", p, required: false);
            var jeopardy = reader.Boolean(cap, "immediateJeopardy", p, required: false) ?? false;
            var maxRating = reader.String(cap, "maxRating", p);
            var reason = reader.Text(cap, "reason", p);
            if (severity is null && !jeopardy)
            {
                reader.Error(p, "a rating cap needs a 'severity' or 'immediateJeopardy: true' to say when it applies");
            }

            return code is null || maxRating is null || reason is null ? null : new RatingCap(code, severity, jeopardy, maxRating, reason);
        }, required: false);

        var minimumCoverage = reader.Decimal(policy, "minimumCoverage", path, required: false);
        var mustBeJudged = reader.Child(policy, "mustBeJudged", path, required: false) is null
            ? null
            : reader.List(policy, "mustBeJudged", path, (n, p) => reader.Scalar(n, p), required: false);
        var maxSampledResidents = reader.Integer(policy, "maxSampledResidents", path, required: false);
        return minimumSample is null || cutPoints is null
            ? null
            : new EvaluationPolicy(minimumSample.Value, cutPoints, grades, bands, caps)
            {
                MinimumCoverage = minimumCoverage,
                MustBeJudged = mustBeJudged,
                MaxSampledResidents = maxSampledResidents,
            };
    }

    private static Domain? ReadDomain(YamlNodeReader reader, YamlNode node, string path)
    {
        var domain = reader.AsMapping(node, path);
        if (domain is null)
        {
            return null;
        }

        reader.CheckKeys(domain, path, DomainKeys);
        var code = reader.String(domain, "code", path);
        var weight = reader.Decimal(domain, "weight", path);
        var title = reader.Text(domain, "title", path);
        return code is null || weight is null || title is null ? null : new Domain(code, weight.Value, title);
    }

    private static Tracer? ReadTracer(YamlNodeReader reader, YamlNode node, string path)
    {
        var tracer = reader.AsMapping(node, path);
        if (tracer is null)
        {
            return null;
        }

        reader.CheckKeys(tracer, path, TracerKeys);
        var code = reader.String(tracer, "code", path);
        var title = reader.Text(tracer, "title", path);
        var identifiedBy = reader.String(tracer, "identifiedBy", path);
        var description = reader.Text(tracer, "description", path, required: false) ?? LocalizedText.Empty;
        return code is null || title is null || identifiedBy is null ? null : new Tracer(code, title, identifiedBy, description);
    }

    private static Instrument? ReadInstrument(YamlNodeReader reader, YamlNode node, string path)
    {
        var instrument = reader.AsMapping(node, path);
        if (instrument is null)
        {
            return null;
        }

        reader.CheckKeys(instrument, path, InstrumentKeys);
        var code = reader.String(instrument, "code", path);
        var title = reader.Text(instrument, "title", path);
        var questions = reader.List(instrument, "questions", path, (n, p) => ReadQuestion(reader, n, p));
        return code is null || title is null ? null : new Instrument(code, title, questions);
    }

    private static Question? ReadQuestion(YamlNodeReader reader, YamlNode node, string path)
    {
        var question = reader.AsMapping(node, path);
        if (question is null)
        {
            return null;
        }

        reader.CheckKeys(question, path, QuestionKeys);
        var code = reader.String(question, "code", path);
        var type = reader.Enum<QuestionType>(question, "type", path);
        var unit = reader.Enum<Level>(question, "unit", path);
        var source = reader.Enum<EvidenceSource>(question, "source", path);
        var required = reader.Boolean(question, "required", path, required: false) ?? true;
        var text = reader.Text(question, "text", path);
        var help = reader.Text(question, "help", path, required: false) ?? LocalizedText.Empty;
        var showIf = reader.String(question, "showIf", path, required: false);
        var min = reader.Decimal(question, "min", path, required: false);
        var max = reader.Decimal(question, "max", path, required: false);
        var options = reader.List(question, "options", path, (n, p) =>
        {
            var option = reader.AsMapping(n, p);
            if (option is null)
            {
                return null;
            }

            reader.CheckKeys(option, p, OptionKeys);
            var value = reader.String(option, "value", p);
            var label = reader.Text(option, "label", p);
            return value is null || label is null ? null : new ChoiceOption(value, label);
        }, required: false);

        return code is null || type is null || unit is null || source is null || text is null
            ? null
            : new Question(code, type.Value, unit.Value, source.Value, required, text, options, min, max, showIf, help);
    }

    private static Standard? ReadStandard(YamlNodeReader reader, YamlNode node, string path)
    {
        var standard = reader.AsMapping(node, path);
        if (standard is null)
        {
            return null;
        }

        reader.CheckKeys(standard, path, StandardKeys);
        var code = reader.String(standard, "code", path);
        var domain = reader.String(standard, "domain", path);
        var level = reader.Enum<Level>(standard, "level", path);
        var title = reader.Text(standard, "title", path);
        var rule = reader.String(standard, "rule", path);
        var applicability = reader.String(standard, "applicability", path, required: false);
        var tracer = reader.String(standard, "tracer", path, required: false);
        var bar = reader.Decimal(standard, "bar", path, required: level == Level.Resident);
        var severity = reader.Enum<Severity>(standard, "severity", path);
        var scope = reader.Enum<Scope>(standard, "scope", path, required: level == Level.Institution);
        var weight = reader.Decimal(standard, "weight", path);
        var minimumSample = reader.Integer(standard, "minimumSample", path, required: false);
        var evidence = reader.EnumList<EvidenceSource>(standard, "evidence", path);
        var legal = reader.Text(standard, "legalReference", path, required: false) ?? LocalizedText.Empty;
        var guidance = reader.Text(standard, "guidance", path, required: false) ?? LocalizedText.Empty;
        var measures = reader.Enum<StandardType>(standard, "measures", path, required: false);

        return code is null || domain is null || level is null || title is null || rule is null || severity is null || weight is null
            ? null
            : new Standard(code, domain, level.Value, title, rule, applicability, tracer, bar ?? 1m, severity.Value, scope,
                weight.Value, minimumSample, evidence, legal, guidance) { Measures = measures };
    }

    private static Consequence? ReadConsequence(YamlNodeReader reader, YamlNode node, string path)
    {
        var consequence = reader.AsMapping(node, path);
        if (consequence is null)
        {
            return null;
        }

        reader.CheckKeys(consequence, path, ConsequenceKeys);
        var code = reader.String(consequence, "code", path);
        var when = reader.String(consequence, "when", path);
        var reason = reader.Text(consequence, "reason", path);
        ConsequenceAction? then = null;
        if (reader.Child(consequence, "then", path, required: true) is { } thenNode && reader.AsMapping(thenNode, $"{path}.then") is { } action)
        {
            var thenPath = $"{path}.then";
            reader.CheckKeys(action, thenPath, ConsequenceActionKeys);
            then = new ConsequenceAction(
                reader.Integer(action, "followUpWithinDays", thenPath, required: false),
                reader.Enum<Escalation>(action, "escalateTo", thenPath, required: false),
                reader.Boolean(action, "raiseGrade", thenPath, required: false) ?? false,
                reader.Boolean(action, "notRated", thenPath, required: false) ?? false);
        }

        return code is null || when is null || reason is null || then is null ? null : new Consequence(code, when, then, reason);
    }

    private static string YamlMessage(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return $"this is not valid YAML: {message}";
    }
}
