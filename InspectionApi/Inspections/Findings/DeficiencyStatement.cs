using System.Globalization;
using Inspection.Api.Hosting;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections.Findings;

/// <summary>
/// A deficiency said in words, in Hebrew or English: for a resident-level standard how many of the
/// residents concerned failed it against its bar ("3 of 5 residents with pressure-ulcer risk did not
/// meet ...; bar 80%"), for an institution-level standard what was not met and how grave it is.
/// </summary>
public static class DeficiencyStatement
{
    public static string? For(FindingRecord finding, RuleSet ruleSet, Language language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (finding.Status != FindingStatus.NotMet)
        {
            return null;
        }

        var standard = ruleSet.Standards.First(s => s.Code == finding.StandardCode);
        var title = standard.Title.In(language);
        var he = language == Language.He;
        if (finding is { Level: Level.Resident, Known: { } known, Satisfying: { } satisfying, Bar: { } bar })
        {
            var tracer = standard.Tracer is { } code ? ruleSet.Tracers.FirstOrDefault(t => t.Code == code)?.Title.In(language) : null;
            var failing = known - satisfying;
            var share = Percent(bar);
            return he
                ? $"{failing} מתוך {known} דיירים{(tracer is null ? string.Empty : $" עם {tracer}")} לא עמדו בתקן \"{title}\"; הרף {share}"
                : $"{failing} of {known} residents{(tracer is null ? string.Empty : $" with {tracer}")} did not meet \"{title}\"; bar {share}";
        }

        var severity = CatalogNames(finding.Severity, he);
        return he
            ? $"התקן \"{title}\" לא מולא (חומרה {severity}{(finding.Grade is null ? string.Empty : $", דרגה {finding.Grade}")})"
            : $"\"{title}\" was not met (severity {severity}{(finding.Grade is null ? string.Empty : $", grade {finding.Grade}")})";
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string CatalogNames(Severity severity, bool he) => severity switch
    {
        Severity.Critical => he ? "קריטית" : "critical",
        Severity.Major => he ? "גבוהה" : "major",
        _ => he ? "נמוכה" : "minor",
    };
}
