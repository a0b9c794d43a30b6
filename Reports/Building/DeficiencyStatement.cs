using System.Globalization;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Building;

/// <summary>
/// A deficiency said in words, in both languages: for a resident-level standard how many of the
/// residents it applies to failed, against the bar; for an institution-level one what was found.
/// </summary>
internal static class DeficiencyStatement
{
    public static LocalizedText For(Finding finding, Tracer? tracer)
    {
        var title = finding.Standard.Title;
        if (finding.Residents is { } tally)
        {
            var failing = tally.Known - tally.Satisfying;
            var bar = Percent(tally.Bar);
            var rate = tally.Rate is { } r ? Percent(r) : "—";
            var whoEn = tracer is null ? "sampled residents" : $"sampled residents with {Lower(tracer.Title.En)}";
            var whoHe = tracer is null ? "דיירים שנדגמו" : $"דיירים שנדגמו עם {tracer.Title.He}";
            return new LocalizedText(
                $"{failing} מתוך {tally.Known} {whoHe} לא קיבלו את הנדרש בתקן \"{title.He}\": שיעור העמידה {rate}, והרף {bar}.",
                $"{failing} of {tally.Known} {whoEn} did not receive what the standard \"{title.En}\" requires: {rate} met it, against a bar of {bar}.");
        }

        return new LocalizedText(
            $"המוסד אינו עומד בתקן \"{title.He}\".",
            $"The facility does not meet the standard \"{title.En}\".");
    }

    public static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
        ? char.ToLowerInvariant(text[0]) + text[1..]
        : text;
}
