using System.Globalization;
using Inspection.Standards.Diagnostics;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Standards.Validation;

/// <summary>
/// Caps the length of every text of a rule set by its kind (codes, titles and labels, texts, long
/// texts, expressions), as <see cref="RuleSetLoaderOptions"/> sets them, so that a catalog cannot store
/// text no screen, report or database column is made for. Each language of a text is capped alone.
/// </summary>
internal sealed class TextLengthCheck(RuleSetLoaderOptions options) : IRuleSetCheck
{
    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, string contentHash, SourceMap map) => Check(ruleSet, map);

    public IEnumerable<CatalogDiagnostic> Check(RuleSet ruleSet, SourceMap map)
    {
        var problems = new List<CatalogDiagnostic>();

        void Cap(string? value, string path, int limit, string kind)
        {
            if (value is not null && value.Length > limit)
            {
                problems.Add(map.Error(path, $"is {Count(value.Length)} characters long; {kind} is at most {Count(limit)} characters"));
            }
        }

        void Code(string? value, string path) => Cap(value, path, options.MaxCodeLength, "a code");
        void Expression(string? value, string path) => Cap(value, path, options.MaxExpressionLength, "an expression");

        void Text(LocalizedText text, string path, int limit, string kind)
        {
            Cap(text.He, $"{path}.he", limit, kind);
            Cap(text.En, $"{path}.en", limit, kind);
        }

        void Title(LocalizedText text, string path) => Text(text, path, options.MaxTitleLength, "a title or label");
        void Sentence(LocalizedText text, string path) => Text(text, path, options.MaxTextLength, "a question, reason or legal reference");
        void LongText(LocalizedText text, string path) => Text(text, path, options.MaxLongTextLength, "a description, help text or guidance");

        Code(ruleSet.Id, "id");
        Code(ruleSet.ServiceType, "serviceType");
        Title(ruleSet.Title, "title");
        LongText(ruleSet.Description, "description");

        Each(ruleSet.Policy.Grades, "policy.grades", (g, p) => Code(g.Grade, $"{p}.grade"));
        Each(ruleSet.Policy.RatingBands, "policy.ratingBands", (b, p) =>
        {
            Code(b.Code, $"{p}.code");
            Title(b.Label, $"{p}.label");
        });
        Each(ruleSet.Policy.RatingCaps, "policy.ratingCaps", (c, p) =>
        {
            Code(c.Code, $"{p}.code");
            Code(c.MaxRating, $"{p}.maxRating");
            Sentence(c.Reason, $"{p}.reason");
        });
        Each(ruleSet.Domains, "domains", (d, p) =>
        {
            Code(d.Code, $"{p}.code");
            Title(d.Title, $"{p}.title");
        });
        Each(ruleSet.Tracers, "tracers", (t, p) =>
        {
            Code(t.Code, $"{p}.code");
            Title(t.Title, $"{p}.title");
            Expression(t.IdentifiedBy, $"{p}.identifiedBy");
            LongText(t.Description, $"{p}.description");
        });
        Each(ruleSet.Instruments, "instruments", (instrument, ip) =>
        {
            Code(instrument.Code, $"{ip}.code");
            Title(instrument.Title, $"{ip}.title");
            Each(instrument.Questions, $"{ip}.questions", (q, p) =>
            {
                Code(q.Code, $"{p}.code");
                Sentence(q.Text, $"{p}.text");
                LongText(q.Help, $"{p}.help");
                Expression(q.ShowIf, $"{p}.showIf");
                Each(q.Options, $"{p}.options", (o, op) =>
                {
                    Code(o.Value, $"{op}.value");
                    Title(o.Label, $"{op}.label");
                });
            });
        });
        Each(ruleSet.Standards, "standards", (s, p) =>
        {
            Code(s.Code, $"{p}.code");
            Code(s.Domain, $"{p}.domain");
            Code(s.Tracer, $"{p}.tracer");
            Title(s.Title, $"{p}.title");
            Expression(s.Rule, $"{p}.rule");
            Expression(s.Applicability, $"{p}.applicability");
            Sentence(s.LegalReference, $"{p}.legalReference");
            LongText(s.Guidance, $"{p}.guidance");
        });

        Each(ruleSet.Policy.MustBeJudged ?? [], "policy.mustBeJudged", Code);
        Each(ruleSet.Consequences, "consequences", (c, p) =>
        {
            Code(c.Code, $"{p}.code");
            Expression(c.When, $"{p}.when");
            Sentence(c.Reason, $"{p}.reason");
        });

        return problems;
    }

    private static void Each<T>(IReadOnlyList<T> items, string path, Action<T, string> check)
    {
        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{path}[{i}]");
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
