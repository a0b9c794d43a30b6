using System.Text.RegularExpressions;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Language;
using Inspection.Standards.Model;

namespace Inspection.Standards.Validation;

/// <summary>
/// The catalog's own rules: unique codes, references that resolve, questions whose unit and type fit
/// their use, bars in (0, 1], positive weights, identifiable tracers, a complete policy, and both
/// languages in every text. Reports every problem, each with its location.
/// </summary>
public sealed partial class RuleSetValidator : IRuleSetCheck
{
    /// <inheritdoc />
    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map) => Check(ruleSet, map);

    /// <summary>Every problem of <paramref name="ruleSet"/>, each located through <paramref name="map"/>.</summary>
    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, SourceMap map)
    {
        var problems = new List<CatalogDiagnostic>();
        void Report(string path, string message) => problems.Add(map.Error(path, message));

        CheckHeader(ruleSet, Report);
        CheckPolicy(ruleSet.Policy, Report);
        CheckEvidencePolicy(ruleSet, Report);
        CheckTexts(ruleSet, Report);

        var domainCodes = Unique(ruleSet.Domains, d => d.Code, "domains", "domain", Report);
        for (var i = 0; i < ruleSet.Domains.Count; i++)
        {
            var domain = ruleSet.Domains[i];
            CheckCode(domain.Code, KebabCode(), $"domains[{i}].code", "a domain code is lower-case words joined by dashes", Report);
            if (domain.Weight <= 0)
            {
                Report($"domains[{i}].weight", $"the weight of domain '{domain.Code}' must be greater than 0");
            }

            if (ruleSet.Standards.All(s => s.Domain != domain.Code))
            {
                Report($"domains[{i}]", $"domain '{domain.Code}' has no standards");
            }
        }

        Unique(ruleSet.Instruments, x => x.Code, "instruments", "instrument", Report);
        var questionList = ruleSet.Instruments
            .SelectMany((instrument, ii) => instrument.Questions.Select((q, qi) => (Question: q, Path: $"instruments[{ii}].questions[{qi}]")))
            .ToList();
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var (question, path) in questionList)
        {
            if (!questions.TryAdd(question.Code, question))
            {
                Report($"{path}.code", $"the question code '{question.Code}' is used twice; question codes are unique across all instruments");
            }

            CheckQuestion(question, path, Report);
        }

        var tracerCodes = Unique(ruleSet.Tracers, t => t.Code, "tracers", "tracer", Report);
        for (var i = 0; i < ruleSet.Tracers.Count; i++)
        {
            var tracer = ruleSet.Tracers[i];
            CheckCode(tracer.Code, KebabCode(), $"tracers[{i}].code", "a tracer code is lower-case words joined by dashes", Report);
            if (!tracer.IdentifiedBy.Contains("r.", StringComparison.Ordinal))
            {
                Report($"tracers[{i}].identifiedBy", $"tracer '{tracer.Code}' must be identified from the sampled resident's answers (r.<question>)");
            }
        }

        Unique(ruleSet.Standards, s => s.Code, "standards", "standard", Report);
        for (var i = 0; i < ruleSet.Standards.Count; i++)
        {
            var standard = ruleSet.Standards[i];
            var path = $"standards[{i}]";
            CheckStandard(ruleSet, standard, path, domainCodes, tracerCodes, Report);
        }

        CheckConsequences(ruleSet, Report);
        var expressions = new ExpressionReferenceCheck(questions);
        foreach (var expression in RuleSetExpressions.Of(ruleSet))
        {
            problems.AddRange(expressions.Check(expression, map));
            if (expression.Kind == RuleExpressionKind.ShowIf && ReferencesQuestion(expression.Text, expression.Owner))
            {
                Report(expression.Path, $"question '{expression.Owner}' cannot depend on its own answer");
            }
        }

        return problems;
    }

    private static void CheckHeader(RuleSet ruleSet, Action<string, string> report)
    {
        CheckCode(ruleSet.Id, KebabCode(), "id", "a rule-set id is lower-case words joined by dashes", report);
        if (!ServiceTypes.All.Contains(ruleSet.ServiceType))
        {
            report("serviceType", $"'{ruleSet.ServiceType}' is not a known service type; expected one of: {string.Join(", ", ServiceTypes.All)}");
        }
    }

    private static void CheckPolicy(EvaluationPolicy policy, Action<string, string> report)
    {
        if (policy.MinimumSample < 1)
        {
            report("policy.minimumSample", "the minimum sample must be at least 1 resident");
        }

        var cuts = policy.ScopeCutPoints;
        if (cuts.Pattern <= 0 || cuts.Widespread > 1 || cuts.Pattern >= cuts.Widespread)
        {
            report("policy.scopeCutPoints", $"scope cut points must satisfy 0 < pattern < widespread <= 1 (found pattern {cuts.Pattern}, widespread {cuts.Widespread})");
        }

        foreach (var severity in Enum.GetValues<Severity>())
        {
            foreach (var scope in Enum.GetValues<Scope>())
            {
                var cells = policy.Grades.Count(g => g.Severity == severity && g.Scope == scope);
                if (cells != 1)
                {
                    report("policy.grades", cells == 0
                        ? $"the grade grid has no cell for severity {CatalogNames.Of(severity)} and scope {CatalogNames.Of(scope)}"
                        : $"the grade grid has {cells} cells for severity {CatalogNames.Of(severity)} and scope {CatalogNames.Of(scope)}; expected one");
                }
            }
        }

        var bands = policy.RatingBands;
        Unique(bands, b => b.Code, "policy.ratingBands", "rating band", report);
        if (bands.Count == 0)
        {
            report("policy.ratingBands", "at least one rating band is needed");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].MinScore is < 0 or > 1)
            {
                report($"policy.ratingBands[{i}].minScore", "a band's minimum score is a share between 0 and 1");
            }

            if (i > 0 && bands[i].MinScore >= bands[i - 1].MinScore)
            {
                report($"policy.ratingBands[{i}].minScore", "rating bands are listed from the highest minimum score down");
            }
        }

        if (bands.Count > 0 && bands[^1].MinScore != 0)
        {
            report($"policy.ratingBands[{bands.Count - 1}].minScore", "the lowest rating band must start at 0 so that every score has a rating");
        }

        Unique(policy.RatingCaps, c => c.Code, "policy.ratingCaps", "rating cap", report);
        for (var i = 0; i < policy.RatingCaps.Count; i++)
        {
            var cap = policy.RatingCaps[i];
            if (bands.All(b => b.Code != cap.MaxRating))
            {
                report($"policy.ratingCaps[{i}].maxRating", $"'{cap.MaxRating}' is not a rating band; the bands are {string.Join(", ", bands.Select(b => b.Code))}");
            }
        }
    }

    private static void CheckEvidencePolicy(RuleSet ruleSet, Action<string, string> report)
    {
        var policy = ruleSet.Policy;
        if (policy.MinimumCoverage is < 0 or > 1)
        {
            report("policy.minimumCoverage", $"the minimum coverage is a share between 0 and 1, found {policy.MinimumCoverage}");
        }

        if (policy.MaxSampledResidents is { } max && (max < Math.Max(1, policy.MinimumSample) || max > 10_000))
        {
            report("policy.maxSampledResidents", $"the most sampled residents must be at least the minimum sample ({policy.MinimumSample}) and at most 10000, found {max}");
        }

        var codes = ruleSet.Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (policy.MustBeJudged?.Count ?? 0); i++)
        {
            var code = policy.MustBeJudged![i];
            if (!codes.Contains(code))
            {
                report($"policy.mustBeJudged[{i}]", $"'{code}' is not a standard of this rule set");
            }
            else if (!seen.Add(code))
            {
                report($"policy.mustBeJudged[{i}]", $"'{code}' is listed twice");
            }
        }
    }

    private static void CheckConsequences(RuleSet ruleSet, Action<string, string> report)
    {
        Unique(ruleSet.Consequences, c => c.Code, "consequences", "consequence", report);
        for (var i = 0; i < ruleSet.Consequences.Count; i++)
        {
            var consequence = ruleSet.Consequences[i];
            CheckCode(consequence.Code, KebabCode(), $"consequences[{i}].code", "a consequence code is lower-case words joined by dashes", report);
            if (consequence.Then.IsEmpty)
            {
                report($"consequences[{i}].then", "a consequence needs at least one of followUpWithinDays, escalateTo, raiseGrade, notRated");
            }

            if (consequence.Then.FollowUpWithinDays is < 1 or > 3650)
            {
                report($"consequences[{i}].then.followUpWithinDays", $"a follow-up is due within 1 to 3650 days, found {consequence.Then.FollowUpWithinDays}");
            }
        }
    }

    private static void CheckQuestion(Question question, string path, Action<string, string> report)
    {
        CheckCode(question.Code, SnakeCode(), $"{path}.code", "a question code is lower_snake_case (letters, digits and underscores, starting with a letter)", report);
        var isChoice = question.Type is QuestionType.Choice or QuestionType.MultiChoice;
        if (isChoice && question.Options.Count < 2)
        {
            report($"{path}.options", $"the {CatalogNames.Of(question.Type)} question '{question.Code}' needs at least two options");
        }
        else if (!isChoice && question.Options.Count > 0)
        {
            report($"{path}.options", $"only choice and multi-choice questions have options; '{question.Code}' is {CatalogNames.Of(question.Type)}");
        }

        Unique(question.Options, o => o.Value, $"{path}.options", "option", report);
        var isNumeric = question.Type is QuestionType.Number or QuestionType.Scale;
        if (!isNumeric && (question.Min is not null || question.Max is not null))
        {
            report($"{path}.{(question.Min is not null ? "min" : "max")}", $"only number and scale questions have a range; '{question.Code}' is {CatalogNames.Of(question.Type)}");
        }

        if (question.Type == QuestionType.Scale && (question.Min is null || question.Max is null))
        {
            report(path, $"the scale question '{question.Code}' needs both 'min' and 'max'");
        }

        if (question.Min is { } min && question.Max is { } max && min >= max)
        {
            report($"{path}.max", $"'max' ({max}) must be greater than 'min' ({min})");
        }
    }

    private static void CheckStandard(
        RuleSet ruleSet, Standard standard, string path, HashSet<string> domains, HashSet<string> tracers, Action<string, string> report)
    {
        CheckCode(standard.Code, StandardCode(), $"{path}.code", "a standard code is upper-case letters and digits in dash-separated parts, such as SAF-01", report);
        if (!domains.Contains(standard.Domain))
        {
            report($"{path}.domain", $"standard '{standard.Code}' names the domain '{standard.Domain}', which the rule set does not define");
        }

        if (standard.Weight <= 0)
        {
            report($"{path}.weight", $"the weight of standard '{standard.Code}' must be greater than 0");
        }

        if (standard.Bar is <= 0 or > 1)
        {
            report($"{path}.bar", $"the bar of standard '{standard.Code}' is a share in (0, 1], found {standard.Bar}");
        }

        if (standard.Evidence.Count == 0)
        {
            report($"{path}.evidence", $"standard '{standard.Code}' must name at least one evidence source");
        }

        if (standard.Level == Level.Institution)
        {
            if (standard.Tracer is not null)
            {
                report($"{path}.tracer", $"standard '{standard.Code}' is institution-level; only resident-level standards follow a tracer");
            }

            if (standard.MinimumSample is not null)
            {
                report($"{path}.minimumSample", $"standard '{standard.Code}' is institution-level; a minimum sample applies to resident-level standards only");
            }

            return;
        }

        if (standard.Scope is not null)
        {
            report($"{path}.scope", $"the scope of resident-level standard '{standard.Code}' comes from the share of failing residents and cannot be declared");
        }

        if (standard.Tracer is not null && !tracers.Contains(standard.Tracer))
        {
            report($"{path}.tracer", $"standard '{standard.Code}' follows the tracer '{standard.Tracer}', which the rule set does not define");
        }

        if (standard.MinimumSample is < 1)
        {
            report($"{path}.minimumSample", "the minimum sample must be at least 1 resident");
        }

        var read = QuestionsRead(standard.Rule);
        if (!ruleSet.Questions.Any(q => q.Unit == Level.Resident && read.Contains(q.Code)))
        {
            report($"{path}.rule", $"resident-level standard '{standard.Code}' must read at least one resident answer (r.<question>)");
        }
    }

    private static void CheckTexts(RuleSet ruleSet, Action<string, string> report)
    {
        void Text(LocalizedText text, string path, bool optional = false)
        {
            if (optional && text.IsEmpty)
            {
                return;
            }

            if (text.He.Length == 0)
            {
                report(path, "the Hebrew text (he) is missing");
            }

            if (text.En.Length == 0)
            {
                report(path, "the English text (en) is missing");
            }
        }

        Text(ruleSet.Title, "title");
        Text(ruleSet.Description, "description", optional: true);
        ForEach(ruleSet.Policy.RatingBands, "policy.ratingBands", (b, p) => Text(b.Label, $"{p}.label"));
        ForEach(ruleSet.Policy.RatingCaps, "policy.ratingCaps", (c, p) => Text(c.Reason, $"{p}.reason"));
        ForEach(ruleSet.Domains, "domains", (d, p) => Text(d.Title, $"{p}.title"));
        ForEach(ruleSet.Tracers, "tracers", (t, p) =>
        {
            Text(t.Title, $"{p}.title");
            Text(t.Description, $"{p}.description", optional: true);
        });
        ForEach(ruleSet.Instruments, "instruments", (instrument, ip) =>
        {
            Text(instrument.Title, $"{ip}.title");
            ForEach(instrument.Questions, $"{ip}.questions", (q, p) =>
            {
                Text(q.Text, $"{p}.text");
                Text(q.Help, $"{p}.help", optional: true);
                ForEach(q.Options, $"{p}.options", (o, op) => Text(o.Label, $"{op}.label"));
            });
        });
        ForEach(ruleSet.Consequences, "consequences", (c, p) => Text(c.Reason, $"{p}.reason"));
        ForEach(ruleSet.Standards, "standards", (s, p) =>
        {
            Text(s.Title, $"{p}.title");
            Text(s.LegalReference, $"{p}.legalReference", optional: true);
            Text(s.Guidance, $"{p}.guidance", optional: true);
        });
    }

    private static void ForEach<T>(IReadOnlyList<T> items, string path, Action<T, string> check)
    {
        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{path}[{i}]");
        }
    }

    private static HashSet<string> Unique<T>(IReadOnlyList<T> items, Func<T, string> code, string path, string what, Action<string, string> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(code(items[i])))
            {
                report($"{path}[{i}]", $"the {what} code '{code(items[i])}' is used twice");
            }
        }

        return seen;
    }

    private static void CheckCode(string code, Regex pattern, string path, string rule, Action<string, string> report)
    {
        if (!pattern.IsMatch(code))
        {
            report(path, $"'{code}' is not a valid code: {rule}");
        }
    }

    private static bool ReferencesQuestion(string expression, string code) => QuestionsRead(expression).Contains(code);

    /// <summary>The codes an expression reads as <c>q.code</c> or <c>r.code</c> (empty when it does not scan).</summary>
    private static HashSet<string> QuestionsRead(string expression) =>
        ExpressionScanner.TryScan(expression, out var tokens, out _, out _)
            ? tokens.Where((t, i) => t.Kind == ExpressionTokenKind.Identifier && i >= 2 && tokens[i - 1].Kind == ExpressionTokenKind.Dot)
                .Select(t => t.Text).ToHashSet(StringComparer.Ordinal)
            : [];

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCode();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCode();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")]
    private static partial Regex StandardCode();
}
