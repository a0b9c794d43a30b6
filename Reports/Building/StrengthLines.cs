using Inspection.Engine.Strengths;
using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Building;

/// <summary>The strengths of a result as report lines, titled from the rule-set version it was judged against.</summary>
public static class StrengthLines
{
    /// <summary>
    /// Each of <paramref name="strengths"/> (in their order) with its title from <paramref name="ruleSet"/> and the
    /// practice <paramref name="practiceOf"/> gives for it (null when none was recorded).
    /// </summary>
    public static IReadOnlyList<StrengthLine> Of(IEnumerable<Strength> strengths, RuleSet ruleSet, Func<Strength, string?>? practiceOf = null)
    {
        ArgumentNullException.ThrowIfNull(strengths);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var standards = ruleSet.Standards.ToDictionary(s => s.Code, s => s.Title, StringComparer.Ordinal);
        var domains = ruleSet.Domains.ToDictionary(d => d.Code, d => d.Title, StringComparer.Ordinal);
        return [.. strengths.Select(s =>
        {
            var domain = domains.GetValueOrDefault(s.Domain) ?? new LocalizedText(s.Domain, s.Domain);
            var title = s.Kind == StrengthKind.DomainImproved ? domain : standards.GetValueOrDefault(s.Subject) ?? new LocalizedText(s.Subject, s.Subject);
            return new StrengthLine(s.Kind, s.Subject, title, domain, s.Previous, s.Current, s.Bar, practiceOf?.Invoke(s));
        })];
    }
}
