using Inspection.Web.Shell;

namespace Inspection.Web.Inspections;

/// <summary>The API's names of statuses, kinds, actions and finding outcomes, in the reader's language.</summary>
public static class InspectionNames
{
    public static string Status(Texts t, string status) => status switch
    {
        "Planned" => t["Planned", "מתוכננת"],
        "InProgress" => t["In progress", "בביצוע"],
        "Submitted" => t["Submitted", "הוגשה"],
        "Evaluated" => t["Evaluated", "הוערכה"],
        "ReportIssued" => t["Report issued", "הדוח הופק"],
        "CorrectionPlanSubmitted" => t["Correction plan submitted", "תוכנית תיקון הוגשה"],
        "CorrectionPlanApproved" => t["Correction plan approved", "תוכנית תיקון אושרה"],
        "FollowUpScheduled" => t["Follow-up scheduled", "נקבע ביקור מעקב"],
        "Closed" => t["Closed", "סגורה"],
        "Cancelled" => t["Cancelled", "בוטלה"],
        _ => status,
    };

    /// <summary>Every status, in lifecycle order, for filters.</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "Planned", "InProgress", "Submitted", "Evaluated", "ReportIssued", "CorrectionPlanSubmitted", "CorrectionPlanApproved", "FollowUpScheduled", "Closed", "Cancelled",
    ];

    public static string Kind(Texts t, string kind) => kind switch
    {
        "Regular" => t["Regular visit", "ביקור רגיל"],
        "Unannounced" => t["Unannounced visit", "ביקור פתע"],
        "FollowUp" => t["Follow-up visit", "ביקור מעקב"],
        "SelfAssessment" => t["Self-assessment", "הערכה עצמית"],
        _ => kind,
    };

    public static string Action(Texts t, string action) => action switch
    {
        "Start" => t["Start the visit", "התחלת הביקור"],
        "Submit" => t["Submit", "הגשה"],
        "Reopen" => t["Reopen for answers", "פתיחה מחדש למענה"],
        "Evaluate" => t["Evaluate now", "הערכה עכשיו"],
        "IssueReport" => t["Issue the report", "הפקת הדוח"],
        "Close" => t["Close the inspection", "סגירת הביקורת"],
        "Cancel" => t["Cancel the inspection", "ביטול הביקורת"],
        _ => action,
    };

    public static string FindingStatus(Texts t, string status) => status switch
    {
        "Met" => t["Met", "מתקיים"],
        "NotMet" => t["Not met", "לא מתקיים"],
        "Incomplete" => t["Incomplete", "חסר מידע"],
        "NotApplicable" => t["Not applicable", "לא רלוונטי"],
        "NotJudged" => t["Not judged", "לא נבדק"],
        "Error" => t["Rule error", "שגיאת כלל"],
        _ => status,
    };

    public static string Decision(Texts t, string? decision) => decision switch
    {
        null => t["Awaiting the supervisor's decision", "ממתין להחלטת המפקח/ת"],
        "Upheld" => t["Finding upheld", "הממצא נשאר בתוקף"],
        "Withdrawn" => t["Finding withdrawn", "הממצא בוטל"],
        _ => decision,
    };

    public static string Report(Texts t, string report) => report switch
    {
        "compliance" => t["Compliance report", "דוח עמידה בתקנים"],
        "improvement" => t["Improvement report", "דוח שיפור"],
        _ => report,
    };

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static string Share(decimal? share) => share is { } s ? (s * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
