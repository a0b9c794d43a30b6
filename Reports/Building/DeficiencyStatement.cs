using System.Globalization;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Building;

/// <summary>
/// A deficiency said in words, in both languages: for a resident-level standard how many of the
/// residents it applies to failed, against the bar; for an institution-level one what was not met
/// and how grave it is. The one wording of a deficiency: the reports print it and the host's API
/// answers it with each finding.
/// </summary>
public static class DeficiencyStatement
{
    /// <summary>The statement of an evaluated finding (<paramref name="tracer"/>: the standard's tracer, when it names one).</summary>
    public static LocalizedText For(Finding finding, Tracer? tracer)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Residents is { } tally
            ? OfResidents(finding.Standard.Title, tracer?.Title, tally.Known, tally.Satisfying, tally.Bar, tally.Rate)
            : OfInstitution(finding.Standard.Title, finding.Standard.Severity, finding.Deficiency?.Grade);
    }

    /// <summary>A resident-level deficiency: <paramref name="known"/> residents with a known result, <paramref name="satisfying"/> of them met the rule.</summary>
    public static LocalizedText OfResidents(LocalizedText title, LocalizedText? tracer, int known, int satisfying, decimal bar, decimal? rate)
    {
        ArgumentNullException.ThrowIfNull(title);
        var failing = known - satisfying;
        var share = rate is { } r ? Percent(r) : "—";
        var whoEn = tracer is null ? "sampled residents" : $"sampled residents with {Lower(tracer.En)}";
        var whoHe = tracer is null ? "דיירים שנדגמו" : $"דיירים שנדגמו עם {tracer.He}";
        return new LocalizedText(
            $"{failing} מתוך {known} {whoHe} לא קיבלו את הנדרש בתקן \"{title.He}\": שיעור העמידה {share}, והרף {Percent(bar)}.",
            $"{failing} of {known} {whoEn} did not receive what the standard \"{title.En}\" requires: {share} met it, against a bar of {Percent(bar)}.");
    }

    /// <summary>An institution-level deficiency, with its severity and, when graded, its grade.</summary>
    public static LocalizedText OfInstitution(LocalizedText title, Severity severity, string? grade)
    {
        ArgumentNullException.ThrowIfNull(title);
        var (he, en) = severity switch
        {
            Severity.Critical => ("קריטית", "critical"),
            Severity.Major => ("גבוהה", "major"),
            _ => ("נמוכה", "minor"),
        };
        return new LocalizedText(
            $"המוסד אינו עומד בתקן \"{title.He}\" (חומרה {he}{(grade is null ? string.Empty : $", דרגה {grade}")}).",
            $"The facility does not meet the standard \"{title.En}\" (severity {en}{(grade is null ? string.Empty : $", grade {grade}")}).");
    }

    /// <summary>A share as a percentage, as the reports print it ("87.5%").</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
        ? char.ToLowerInvariant(text[0]) + text[1..]
        : text;
}
