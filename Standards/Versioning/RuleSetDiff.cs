using System.Globalization;
using Inspection.Standards.Model;

namespace Inspection.Standards.Versioning;

/// <summary>
/// What changed between two versions of a rule set: domains, tracers, questions and standards added,
/// removed and changed (with each changed field: bars, severities, weights, rules, text ...), and
/// changes to the evaluation policy.
/// </summary>
public sealed record RuleSetDiff(string From, string To, IReadOnlyList<RuleSetChange> Changes)
{
    private static readonly (string Name, Func<Standard, string> Value)[] StandardFields =
    [
        ("domain", s => s.Domain),
        ("level", s => CatalogNames.Of(s.Level)),
        ("title", s => Text(s.Title)),
        ("rule", s => s.Rule),
        ("applicability", s => s.Applicability ?? string.Empty),
        ("tracer", s => s.Tracer ?? string.Empty),
        ("bar", s => Number(s.Bar)),
        ("severity", s => CatalogNames.Of(s.Severity)),
        ("scope", s => s.Scope is { } scope ? CatalogNames.Of(scope) : string.Empty),
        ("weight", s => Number(s.Weight)),
        ("minimumSample", s => s.MinimumSample?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        ("evidence", s => string.Join(", ", s.Evidence.Select(e => CatalogNames.Of(e)))),
        ("legalReference", s => Text(s.LegalReference)),
        ("guidance", s => Text(s.Guidance)),
        ("measures", s => s.Measures is { } type ? CatalogNames.Of(type) : string.Empty),
    ];

    private static readonly (string Name, Func<Question, string> Value)[] QuestionFields =
    [
        ("type", q => CatalogNames.Of(q.Type)),
        ("unit", q => CatalogNames.Of(q.Unit)),
        ("source", q => CatalogNames.Of(q.Source)),
        ("required", q => q.Required ? "true" : "false"),
        ("text", q => Text(q.Text)),
        ("help", q => Text(q.Help)),
        ("showIf", q => q.ShowIf ?? string.Empty),
        ("min", q => q.Min is { } min ? Number(min) : string.Empty),
        ("max", q => q.Max is { } max ? Number(max) : string.Empty),
        ("options", q => string.Join(", ", q.Options.Select(o => $"{o.Value} ({Text(o.Label)})"))),
    ];

    private static readonly (string Name, Func<Tracer, string> Value)[] TracerFields =
    [
        ("title", t => Text(t.Title)),
        ("identifiedBy", t => t.IdentifiedBy),
        ("description", t => Text(t.Description)),
    ];

    private static readonly (string Name, Func<Domain, string> Value)[] DomainFields =
    [
        ("weight", d => Number(d.Weight)),
        ("title", d => Text(d.Title)),
    ];

    private static readonly (string Name, Func<EvaluationPolicy, string> Value)[] PolicyFields =
    [
        ("minimumSample", p => p.MinimumSample.ToString(CultureInfo.InvariantCulture)),
        ("scopeCutPoints", p => $"pattern {Number(p.ScopeCutPoints.Pattern)}, widespread {Number(p.ScopeCutPoints.Widespread)}"),
        ("grades", p => string.Join("; ", p.Grades.Select(g => $"{CatalogNames.Of(g.Severity)}/{CatalogNames.Of(g.Scope)}={g.Grade}{(g.ImmediateJeopardy ? " (immediate jeopardy)" : string.Empty)}"))),
        ("ratingBands", p => string.Join("; ", p.RatingBands.Select(b => $"{b.Code} >= {Number(b.MinScore)}"))),
        ("ratingCaps", p => string.Join("; ", p.RatingCaps.Select(c => $"{c.Code}: {(c.Severity is { } s ? CatalogNames.Of(s) : "immediate-jeopardy")} -> {c.MaxRating}"))),
        ("minimumCoverage", p => p.MinimumCoverage is { } coverage ? Number(coverage) : string.Empty),
        ("mustBeJudged", p => p.MustBeJudged is { } codes ? string.Join(", ", codes) : string.Empty),
        ("maxSampledResidents", p => p.MaxSampledResidents?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
    ];

    private static readonly (string Name, Func<Consequence, string> Value)[] ConsequenceFields =
    [
        ("when", c => c.When),
        ("then", c => Describe(c.Then)),
        ("reason", c => Text(c.Reason)),
    ];

    /// <summary>True when the two versions have the same content.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Compares <paramref name="from"/> (the older version) with <paramref name="to"/>.</summary>
    public static RuleSetDiff Compare(RuleSet from, RuleSet to)
    {
        var changes = new List<RuleSetChange>();
        var policy = FieldChanges(from.Policy, to.Policy, PolicyFields);
        if (policy.Count > 0)
        {
            changes.Add(new RuleSetChange(CatalogElement.Policy, "policy", ChangeKind.Changed, policy));
        }

        changes.AddRange(Elements(CatalogElement.Domain, from.Domains, to.Domains, d => d.Code, DomainFields));
        changes.AddRange(Elements(CatalogElement.Tracer, from.Tracers, to.Tracers, t => t.Code, TracerFields));
        changes.AddRange(Elements(CatalogElement.Question, from.Questions.ToList(), to.Questions.ToList(), q => q.Code, QuestionFields));
        changes.AddRange(Elements(CatalogElement.Standard, from.Standards, to.Standards, s => s.Code, StandardFields));
        changes.AddRange(Elements(CatalogElement.Consequence, from.Consequences, to.Consequences, c => c.Code, ConsequenceFields));
        return new RuleSetDiff(from.Moniker, to.Moniker, changes);
    }

    /// <summary>One line per change, for people: <c>+ standard SAF-09</c>, <c>~ standard HLT-03: bar 0.8 -> 0.9</c>.</summary>
    public IEnumerable<string> Describe()
    {
        yield return $"{From} -> {To}: {(IsEmpty ? "no changes" : $"{Changes.Count} change(s)")}";
        foreach (var change in Changes)
        {
            var element = CatalogNames.Of(change.Element);
            switch (change.Kind)
            {
                case ChangeKind.Added:
                    yield return $"+ {element} {change.Code}";
                    break;
                case ChangeKind.Removed:
                    yield return $"- {element} {change.Code}";
                    break;
                default:
                    yield return $"~ {element} {change.Code}";
                    foreach (var field in change.Fields)
                    {
                        yield return $"    {field.Field}: {Show(field.Before)} -> {Show(field.After)}";
                    }

                    break;
            }
        }
    }

    private static IEnumerable<RuleSetChange> Elements<T>(
        CatalogElement element, IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> code, (string Name, Func<T, string> Value)[] fields)
    {
        var before = from.GroupBy(code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = to.GroupBy(code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var item in from.Where(i => !after.ContainsKey(code(i))))
        {
            yield return new RuleSetChange(element, code(item), ChangeKind.Removed, []);
        }

        foreach (var item in to)
        {
            if (!before.TryGetValue(code(item), out var old))
            {
                yield return new RuleSetChange(element, code(item), ChangeKind.Added, []);
            }
            else if (FieldChanges(old, item, fields) is { Count: > 0 } changed)
            {
                yield return new RuleSetChange(element, code(item), ChangeKind.Changed, changed);
            }
        }
    }

    private static List<FieldChange> FieldChanges<T>(T before, T after, (string Name, Func<T, string> Value)[] fields) =>
        fields
            .Select(f => new FieldChange(f.Name, f.Value(before), f.Value(after)))
            .Where(f => !string.Equals(f.Before, f.After, StringComparison.Ordinal))
            .ToList();

    private static string Describe(ConsequenceAction then) => string.Join(", ", new[]
    {
        then.FollowUpWithinDays is { } days ? $"follow-up within {days} days" : null,
        then.EscalateTo is { } level ? $"escalate to {CatalogNames.Of(level)}" : null,
        then.RaiseGrade ? "raise grade" : null,
        then.NotRated ? "not rated" : null,
    }.OfType<string>());

    private static string Text(LocalizedText text) => text.IsEmpty ? string.Empty : $"{text.En} | {text.He}";

    private static string Number(decimal value) => ContentHash.CanonicalNumber(value);

    private static string Show(string value) => value.Length == 0 ? "(none)" : value;
}
