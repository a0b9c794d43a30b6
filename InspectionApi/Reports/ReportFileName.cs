using System.Text;
using Inspection.Reports.Models;

namespace Inspection.Api.Reports;

/// <summary>
/// The name a downloaded report is saved under: ASCII letters, digits and dashes only (no path, no
/// quote, no control or direction character can come through from a facility's data), for example
/// <c>compliance-lic-1042-2026-03-01-edition-2-he.pdf</c>.
/// </summary>
public static class ReportFileName
{
    public static string For(ReportKind report, string licence, DateOnly date, int? edition, ReportLanguage language, string extension = "pdf")
    {
        var name = new StringBuilder(ReportKinds.Name(report));
        var safe = Safe(licence);
        if (safe.Length > 0)
        {
            name.Append('-').Append(safe);
        }

        name.Append('-').Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (edition is { } number)
        {
            name.Append("-edition-").Append(number);
        }

        return name.Append(language == ReportLanguage.English ? "-en." : "-he.").Append(extension).ToString();
    }

    private static string Safe(string text)
    {
        var kept = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
            else if (kept.Length > 0 && kept[^1] != '-')
            {
                kept.Append('-');
            }
        }

        var result = kept.ToString().Trim('-');
        return result.Length > 40 ? result[..40].Trim('-') : result;
    }
}
