using System.Globalization;

namespace Inspection.Web.Shell;

/// <summary>
/// The API's names (inspection statuses and kinds, actions, finding outcomes, severities and scopes, reports,
/// plans, service types, districts) in the words of the interface's language, and its figures as a reader reads
/// them. Every page uses these, so that one thing has one name on every screen.
/// </summary>
public static class ApiNames
{
    public const string SelfAssessment = "SelfAssessment";

    /// <summary>Every status, in lifecycle order, for filters.</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "Planned", "InProgress", "Submitted", "Evaluated", "ReportIssued", "CorrectionPlanSubmitted", "CorrectionPlanApproved", "FollowUpScheduled", "Closed", "Cancelled",
    ];

    /// <summary>Statuses of an external inspection whose report of deficiencies has been issued.</summary>
    public static readonly IReadOnlySet<string> Issued = new HashSet<string>(StringComparer.Ordinal)
    {
        "ReportIssued", "CorrectionPlanSubmitted", "CorrectionPlanApproved", "FollowUpScheduled", "Closed",
    };

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

    public static string Kind(Texts t, string kind) => kind switch
    {
        "Regular" => t["Regular visit", "ביקור שגרתי"],
        "Unannounced" => t["Unannounced visit", "ביקור פתע"],
        "FollowUp" => t["Follow-up visit", "ביקור מעקב"],
        SelfAssessment => t["Self-assessment", "הערכה עצמית"],
        _ => kind,
    };

    /// <summary>What a user may do to an inspection now (the API's <c>possibleActions</c>).</summary>
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

    /// <summary>A finding's outcome.</summary>
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

    /// <summary>A deficiency's severity, declared on its standard.</summary>
    public static string Severity(Texts t, string? severity) => severity?.ToLowerInvariant() switch
    {
        null or "" => "—",
        "minor" => t["Minor", "קלה"],
        "major" => t["Major", "מהותית"],
        "critical" => t["Critical", "חמורה"],
        _ => severity,
    };

    /// <summary>A deficiency's scope: how many of the residents it concerns fail, or as the standard declares it.</summary>
    public static string Scope(Texts t, string? scope) => scope?.ToLowerInvariant() switch
    {
        null or "" => "—",
        "isolated" => t["Isolated", "מקרה בודד"],
        "pattern" => t["Pattern", "דפוס חוזר"],
        "widespread" => t["Widespread", "נרחב"],
        _ => scope,
    };

    /// <summary>The supervisor's decision on a dispute (none yet: awaiting it).</summary>
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
        "self-assessment" => t["Self-assessment report", "דוח הערכה עצמית"],
        _ => report,
    };

    /// <summary>A correction or improvement plan's state.</summary>
    public static string PlanStatus(Texts t, string status) => status switch
    {
        "Draft" => t["Draft", "טיוטה"],
        "Submitted" => t["Submitted for review", "הוגשה לבדיקה"],
        "Approved" => t["Approved", "אושרה"],
        "Returned" => t["Returned for changes", "הוחזרה לתיקון"],
        _ => status,
    };

    public static string ServiceType(Texts t, string serviceType) => serviceType switch
    {
        "elderly-care-home" => t["Care home for older people", "בית אבות"],
        "youth-residential" => t["Residential care for children and youth", "פנימייה לילדים ולנוער"],
        "disability-hostel" => t["Hostel for people with disabilities", "הוסטל לאנשים עם מוגבלות"],
        "addiction-treatment" => t["Addiction treatment programme", "תוכנית לטיפול בהתמכרויות"],
        _ => serviceType,
    };

    public static string District(Texts t, string district) => district switch
    {
        "north" => t["North", "צפון"],
        "center" => t["Center", "מרכז"],
        "jerusalem" => t["Jerusalem", "ירושלים"],
        _ => district,
    };

    /// <summary>A score or a share between 0 and 1 as a whole percentage ("—" when there is none).</summary>
    public static string Score(decimal? score) =>
        score is { } s ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A plain figure such as a weight, with up to two decimals.</summary>
    public static string Number(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date, or a dash when there is none.</summary>
    public static string Date(Texts t, DateOnly? date) => date is { } d ? t.Date(d) : "—";
}
