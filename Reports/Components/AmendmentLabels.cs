using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Components;

/// <summary>The fixed texts of the amended findings (professional judgment), in Hebrew and English.</summary>
public static class AmendmentLabels
{
    public static readonly LocalizedText Title = new("שיקול דעת מקצועי: ממצאים שתוקנו", "Professional judgment: amended findings");
    public static readonly LocalizedText Computed = new("ממצא מחושב", "Computed");
    public static readonly LocalizedText Amended = new("ממצא מתוקן", "Amended");
    public static readonly LocalizedText AmendedBy = new("תוקן על ידי", "Amended by");
    public static readonly LocalizedText Evidence = new("ראיות", "Evidence");
    public static readonly LocalizedText Review = new("בדיקת המחוז", "District review");
    public static readonly LocalizedText AmendedMark = new("תוקן; מחושב:", "amended; computed:");

    /// <summary>"2 findings amended by the supervisor; scores and rating use the amended findings."</summary>
    public static LocalizedText Summary(int count) => count == 1
        ? new("ממצא אחד תוקן בשיקול דעת מקצועי של המפקח/ת; הציונים והדירוג מחושבים לפי הממצא המתוקן.",
            "1 finding amended by the supervisor; scores and rating use the amended finding.")
        : new($"{count} ממצאים תוקנו בשיקול דעת מקצועי של המפקח/ת; הציונים והדירוג מחושבים לפי הממצאים המתוקנים.",
            $"{count} findings amended by the supervisor; scores and rating use the amended findings.");

    public static LocalizedText AttachmentCount(int count) => count == 1 ? new("(קובץ מצורף אחד)", "(1 attachment)") : new($"({count} קבצים מצורפים)", $"({count} attachments)");

    public static LocalizedText For(AmendmentReviewState review) => review switch
    {
        AmendmentReviewState.Accepted => new("אושר", "Accepted"),
        AmendmentReviewState.Returned => new("הוחזר להתייחסות", "Returned"),
        _ => new("ממתין לבדיקה", "Awaiting review"),
    };
}
