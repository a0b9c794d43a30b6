using System.Globalization;
using Inspection.Engine.Findings;
using Inspection.Reports.Models;
using Inspection.Standards.Model;
using Microsoft.AspNetCore.Components;

namespace Inspection.Reports.Components;

/// <summary>
/// A piece of a report. The language cascades from the report's document; text in the other
/// language is shown only when a catalog leaves the chosen one empty.
/// </summary>
public abstract class ReportPart : ComponentBase
{
    [CascadingParameter]
    public ReportLanguage Language { get; set; }

    protected bool Rtl => Language == ReportLanguage.Hebrew;

    protected string T(LocalizedText? text) => text is null ? string.Empty
        : Language == ReportLanguage.English ? (text.En.Length > 0 ? text.En : text.He)
        : text.He.Length > 0 ? text.He : text.En;

    protected static string Percent(decimal? share) =>
        share is { } s ? (s * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    protected string Day(DateOnly? day) => day is not { } d ? "—"
        : Language == ReportLanguage.English ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    protected string Days(IEnumerable<DateOnly> days) => string.Join(", ", days.Select(d => Day(d)));

    protected static string Tally(TallyLine? tally) => tally is null ? "—" : $"{tally.Satisfying} / {tally.Known}";

    protected static string StatusClass(FindingStatus status) => status switch
    {
        FindingStatus.Met => "met",
        FindingStatus.NotMet => "not-met",
        FindingStatus.NotApplicable => "na",
        FindingStatus.Incomplete => "incomplete",
        _ => "error",
    };
}
