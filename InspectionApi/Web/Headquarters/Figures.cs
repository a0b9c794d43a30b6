using System.Globalization;
using Inspection.Web.Shell;

namespace Inspection.Web.Headquarters;

/// <summary>How headquarters screens write their figures: scores as percentages, ratings and service types by name, in the reader's language.</summary>
public static class Figures
{
    public const string Missing = "—";

    /// <summary>A share (0 to 1) as a percentage with one decimal place, or a dash when there is none.</summary>
    public static string Percent(decimal? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>Cohen's kappa or another ratio with two decimal places.</summary>
    public static string Ratio(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A rating band's name; a result without a final rating is "not rated".</summary>
    public static string Rating(Texts t, string? code) => code switch
    {
        null => t["Not rated", "לא דורג"],
        "excellent" => t["Excellent", "מצוין"],
        "good" => t["Good", "טוב"],
        "adequate" => t["Adequate", "סביר"],
        "inadequate" => t["Inadequate", "לא מספק"],
        _ => code,
    };

    public static string ServiceType(Texts t, string? serviceType) => serviceType switch
    {
        "elderly-care-home" => t["Care homes for older people", "בתי אבות"],
        "youth-residential" => t["Youth residential care", "פנימיות לנוער"],
        "disability-hostel" => t["Disability hostels", "הוסטלים לאנשים עם מוגבלות"],
        "addiction-treatment" => t["Addiction treatment", "טיפול בהתמכרויות"],
        null => t["Every service type", "כל סוגי השירות"],
        _ => serviceType,
    };

    public static string SizeBand(Texts t, string? band) => band switch
    {
        "small" => t["Small", "קטנה"],
        "medium" => t["Medium", "בינונית"],
        "large" => t["Large", "גדולה"],
        _ => band ?? "",
    };

    /// <summary>A finding's status in words (the what-if's changes).</summary>
    public static string Status(Texts t, string? status) => status switch
    {
        null => t["Not in the version", "לא בגרסה"],
        "Met" => t["Met", "עומד"],
        "NotMet" => t["Not met", "לא עומד"],
        "NotApplicable" => t["Not applicable", "לא רלוונטי"],
        "Incomplete" => t["Incomplete", "חסר מידע"],
        "Error" => t["Error", "שגיאה"],
        _ => status,
    };

    /// <summary>A what-if run's status in words.</summary>
    public static string RunStatus(Texts t, string status) => status switch
    {
        "Queued" => t["Waiting to start", "ממתין להתחלה"],
        "Running" => t["Running", "בריצה"],
        "Succeeded" => t["Finished", "הסתיים"],
        "Failed" => t["Failed", "נכשל"],
        _ => status,
    };

    /// <summary>
    /// The heat map's cell colour for a score: five light bands from low (red) to high (green), dark text on
    /// each. The value is always written in the cell as well, so colour is never the only signal.
    /// </summary>
    public static string HeatStyle(decimal? score) => "color:#1b1b1b;background-color:" + score switch
    {
        null => "transparent",
        < 0.5m => "#f6c9cc",
        < 0.7m => "#fbdcb8",
        < 0.8m => "#fff1b8",
        < 0.9m => "#d6efd6",
        _ => "#aedfbd",
    };
}
