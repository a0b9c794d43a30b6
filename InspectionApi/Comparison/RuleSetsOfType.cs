using Inspection.Api.Hosting;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison;

/// <summary>
/// The rule-set versions behind one service type's results, read as one: domains, standards, grades and
/// rating bands of the latest version first, then whatever only older versions have. Results of
/// different versions of a rule set compare by code.
/// </summary>
public sealed class RuleSetsOfType
{
    private readonly List<RuleSet> _newestFirst;

    public RuleSetsOfType(IEnumerable<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        _newestFirst = [.. ruleSets.Distinct().OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version)];
        Domains = [.. _newestFirst.SelectMany(r => r.Domains).DistinctBy(d => d.Code)];
        Standards = _newestFirst.SelectMany(r => r.Standards).DistinctBy(s => s.Code).ToDictionary(s => s.Code, StringComparer.Ordinal);
        Grades = [.. _newestFirst.SelectMany(r => r.Policy.Grades).Select(g => g.Grade).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        RatingBands = [.. _newestFirst.SelectMany(r => r.Policy.RatingBands).Select(b => b.Code).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<RuleSet> NewestFirst => _newestFirst;

    public IReadOnlyList<Domain> Domains { get; }

    public IReadOnlyDictionary<string, Standard> Standards { get; }

    public IReadOnlyList<string> Grades { get; }

    public IReadOnlyList<string> RatingBands { get; }

    public IReadOnlyList<string> Monikers => [.. _newestFirst.Select(r => r.Moniker)];

    public string DomainTitle(string code, Language language) => Domains.FirstOrDefault(d => d.Code == code)?.Title.In(language) ?? code;

    public string StandardTitle(string code, Language language) => Standards.TryGetValue(code, out var standard) ? standard.Title.In(language) : code;

    /// <summary>A standard's weight (1 when no version has it).</summary>
    public decimal WeightOf(string code) => Standards.TryGetValue(code, out var standard) ? standard.Weight : 1m;
}
