using Inspection.Web.Shell;

namespace Inspection.Web.Provider;

/// <summary>The API's names (statuses, kinds, service types, severities) in the words of the interface's language.</summary>
public static class InspectionWords
{
    public const string SelfAssessment = "SelfAssessment";

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

    public static string Severity(Texts t, string severity) => severity.ToLowerInvariant() switch
    {
        "minor" => t["Minor", "קלה"],
        "major" => t["Major", "מהותית"],
        "critical" => t["Critical", "חמורה"],
        _ => severity,
    };

    public static string Report(Texts t, string report) => report switch
    {
        "compliance" => t["Compliance report", "דוח עמידה בתקנים"],
        "improvement" => t["Improvement report", "דוח שיפור"],
        "self-assessment" => t["Self-assessment report", "דוח הערכה עצמית"],
        _ => report,
    };

    /// <summary>A score between 0 and 1 as a whole percentage ("—" when there is none).</summary>
    public static string Score(decimal? score) =>
        score is { } s ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A date, or a dash when there is none.</summary>
    public static string Date(Texts t, DateOnly? date) => date is { } d ? t.Date(d) : "—";
}
