using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Components;

/// <summary>Every fixed text the reports print, in Hebrew and English.</summary>
public static class Labels
{
    public static readonly LocalizedText ComplianceReport = new("דוח עמידה בתקנים", "Compliance report");
    public static readonly LocalizedText ImprovementReport = new("דוח תיקון ליקויים ושיפור", "Improvement report");
    public static readonly LocalizedText SelfAssessmentReport = new("דוח הערכה עצמית", "Self-assessment report");
    public static readonly LocalizedText PreparationBrief = new("תדריך הכנה לביקור", "Preparation brief");
    public static readonly LocalizedText SelfAssessmentNotice = new(
        "הערכה עצמית של נותן השירות. אין זה ממצא רשמי של הפיקוח.",
        "The provider's own assessment. This is not an official result of the supervision.");

    public static readonly LocalizedText Facility = new("מסגרת", "Facility");
    public static readonly LocalizedText FacilityCode = new("סמל מסגרת", "Facility code");
    public static readonly LocalizedText Operator = new("גוף מפעיל", "Operator");
    public static readonly LocalizedText District = new("מחוז", "District");
    public static readonly LocalizedText ServiceType = new("סוג שירות", "Service type");
    public static readonly LocalizedText VisitKind = new("סוג ביקור", "Visit");
    public static readonly LocalizedText VisitDates = new("מועדי הביקור", "Visit dates");
    public static readonly LocalizedText PlannedVisit = new("מועד הביקור המתוכנן", "Planned visit");
    public static readonly LocalizedText Inspectors = new("מפקחים", "Inspectors");
    public static readonly LocalizedText Assessors = new("מעריכים", "Assessed by");
    public static readonly LocalizedText RuleSet = new("מערכת תקנים", "Rule set");
    public static readonly LocalizedText ContentHash = new("חותם תוכן", "Content hash");
    public static readonly LocalizedText IssuedOn = new("תאריך הפקה", "Issued on");
    public static readonly LocalizedText AsOf = new("נכון ליום", "As of");

    public static readonly LocalizedText Summary = new("תמצית", "Summary");
    public static readonly LocalizedText OverallScore = new("ציון כולל", "Overall score");
    public static readonly LocalizedText Rating = new("דירוג", "Rating");
    public static readonly LocalizedText ScoreBand = new("דרגה לפי הציון בלבד", "Band from the score alone");
    public static readonly LocalizedText Caps = new("הגבלות דירוג", "Rating caps");
    public static readonly LocalizedText CapHoldsAt = new("הדירוג מוגבל ל", "Rating held at");
    public static readonly LocalizedText TriggeredBy = new("בשל התקנים", "triggered by");
    public static readonly LocalizedText NoCaps = new("לא חלה הגבלת דירוג.", "No cap applied.");
    public static readonly LocalizedText NotRated = new("לא דורג", "Not rated");
    public static readonly LocalizedText Missing = new("חסר", "Missing");
    public static readonly LocalizedText EvidenceCoverage = new("כיסוי ראייתי", "Evidence coverage");
    public static readonly LocalizedText DeficienciesByGrade = new("ליקויים לפי דרגה", "Deficiencies by grade");
    public static readonly LocalizedText NoDeficiencies = new("לא נמצאו ליקויים.", "No deficiencies were found.");
    public static readonly LocalizedText Findings = new("ממצאים", "Findings");
    public static readonly LocalizedText DomainScores = new("ציונים לפי תחום", "Scores by domain");
    public static readonly LocalizedText Met = new("הושגו", "Met");
    public static readonly LocalizedText NotMetCount = new("לא הושגו", "Not met");
    public static readonly LocalizedText Domain = new("תחום", "Domain");
    public static readonly LocalizedText Weight = new("משקל", "Weight");
    public static readonly LocalizedText Score = new("ציון", "Score");
    public static readonly LocalizedText NotScored = new("לא נוקד", "not scored");
    public static readonly LocalizedText FindingsByDomain = new("ממצאים לפי תחום", "Findings by domain");

    public static readonly LocalizedText Code = new("קוד", "Code");
    public static readonly LocalizedText Standard = new("תקן", "Standard");
    public static readonly LocalizedText Level = new("רמה", "Level");
    public static readonly LocalizedText Status = new("ממצא", "Status");
    public static readonly LocalizedText Bar = new("רף", "Bar");
    public static readonly LocalizedText Rate = new("שיעור", "Rate");
    public static readonly LocalizedText Tally = new("עמדו / נבדקו", "Met / judged");
    public static readonly LocalizedText Severity = new("חומרה", "Severity");
    public static readonly LocalizedText Scope = new("היקף", "Scope");
    public static readonly LocalizedText Grade = new("דרגה", "Grade");
    public static readonly LocalizedText ImmediateJeopardy = new("סכנה מיידית", "Immediate jeopardy");
    public static readonly LocalizedText Deficiency = new("ליקוי", "Deficiency");
    public static readonly LocalizedText Evidence = new("ראיות", "Evidence");
    public static readonly LocalizedText EvidenceSources = new("מקורות ראיה", "Evidence sources");
    public static readonly LocalizedText RuleText = new("כלל", "Rule");
    public static readonly LocalizedText AnswersRead = new("תשובות שנקראו", "Answers read");
    public static readonly LocalizedText NotAnswered = new("לא נענה", "not answered");
    public static readonly LocalizedText ResidentsConcerned = new("דיירים שנמצא אצלם הליקוי", "Residents concerned");
    public static readonly LocalizedText Tracer = new("מצב עקיבה", "Tracer");
    public static readonly LocalizedText Count = new("מספר", "Count");

    public static readonly LocalizedText TracersAndCensus = new("מצבי עקיבה ומפקד דיירים", "Tracers and census");
    public static readonly LocalizedText Census = new("דיירים במוסד (מפקד)", "Residents (census)");
    public static readonly LocalizedText Sampled = new("נדגמו", "Sampled");
    public static readonly LocalizedText Shortfall = new("חסרים במדגם", "Still to sample");
    public static readonly LocalizedText NotRecorded = new("לא נרשם", "not recorded");
    public static readonly LocalizedText NoTracers = new("אין מצבי עקיבה במערכת תקנים זו.", "This rule set has no tracers.");
    public static readonly LocalizedText ResidentsOwnView = new("עמדת הדיירים עצמם", "The residents' own view");
    public static readonly LocalizedText ResidentsOwnViewIntro = new(
        "ממצאים הנשענים על ראיונות אישיים עם דיירים.",
        "Findings that rest on personal interviews with residents.");
    public static readonly LocalizedText NoResidentsView = new("אין ממצאים הנשענים על ראיון דיירים.", "No finding rests on resident interviews.");

    public static readonly LocalizedText Disputes = new("השגות והחלטות", "Disputes and decisions");
    public static readonly LocalizedText OpenDisputes = new("השגות פתוחות", "Open disputes");
    public static readonly LocalizedText NoDisputes = new("לא הוגשו השגות.", "No disputes were raised.");
    public static readonly LocalizedText RaisedBy = new("הוגשה על ידי", "Raised by");
    public static readonly LocalizedText Reason = new("נימוק", "Reason");
    public static readonly LocalizedText Decision = new("החלטה", "Decision");
    public static readonly LocalizedText Signatures = new("חתימות", "Signatures");
    public static readonly LocalizedText Role = new("תפקיד", "Role");
    public static readonly LocalizedText Name = new("שם", "Name");
    public static readonly LocalizedText Signature = new("חתימה", "Signature");
    public static readonly LocalizedText Date = new("תאריך", "Date");

    public static readonly LocalizedText CorrectionPlan = new("תוכנית תיקון", "Correction plan");
    public static readonly LocalizedText ImprovementPlan = new("תוכנית שיפור", "Improvement plan");
    public static readonly LocalizedText Action = new("פעולה", "Action");
    public static readonly LocalizedText Owner = new("אחראי", "Owner");
    public static readonly LocalizedText DueDate = new("מועד יעד", "Due");
    public static readonly LocalizedText Overdue = new("באיחור", "Overdue");
    public static readonly LocalizedText NoActions = new("טרם הוגשו פעולות תיקון.", "No correction action submitted yet.");
    public static readonly LocalizedText FollowUp = new("ביקור מעקב", "Follow-up");
    public static readonly LocalizedText NotRecheckedYet = new("טרם נבדק בביקור מעקב.", "Not re-checked by a follow-up yet.");
    public static readonly LocalizedText ComparisonWithPrevious = new("השוואה לביקורת הקודמת", "Comparison with the previous inspection");
    public static readonly LocalizedText PreviousInspection = new("הביקורת הקודמת", "Previous inspection");
    public static readonly LocalizedText NoPreviousInspection = new("אין ביקורת קודמת למסגרת זו.", "There is no previous inspection of this facility.");
    public static readonly LocalizedText Change = new("שינוי", "Change");
    public static readonly LocalizedText Before = new("קודם", "Before");
    public static readonly LocalizedText Now = new("כעת", "Now");

    public static readonly LocalizedText OwnResult = new("הערכה עצמית", "Own assessment");
    public static readonly LocalizedText InspectionResult = new("ביקורת חיצונית", "External inspection");
    public static readonly LocalizedText Disagreements = new("היכן הביקורת החיצונית האחרונה חלקה", "Where the last external inspection disagreed");
    public static readonly LocalizedText NoDisagreements = new("ההערכה העצמית והביקורת החיצונית תמימות דעים בכל תקן ששתיהן שפטו.", "The self-assessment and the external inspection agree on every standard both judged.");
    public static readonly LocalizedText NoExternalInspection = new("אין עדיין ביקורת חיצונית להשוואה.", "There is no external inspection to compare with yet.");

    public static readonly LocalizedText LastInspection = new("הביקורת האחרונה", "Last inspection");
    public static readonly LocalizedText PreviousDeficiencies = new("ליקויים מהביקורת הקודמת ומצב תיקונם", "Previous deficiencies and their correction");
    public static readonly LocalizedText LastSelfAssessment = new("ההערכה העצמית האחרונה", "Last self-assessment");
    public static readonly LocalizedText NoSelfAssessment = new("המסגרת לא ערכה הערכה עצמית מאז הביקורת האחרונה.", "The facility has not assessed itself since the last inspection.");
    public static readonly LocalizedText ScoreTrend = new("מגמת הציונים", "Score trend");
    public static readonly LocalizedText LastCensus = new("מפקד מצבי העקיבה האחרון", "Last tracer census");
    public static readonly LocalizedText NoCensus = new("לא נרשם מפקד.", "No census was recorded.");
    public static readonly LocalizedText Kind = new("סוג", "Kind");

    public static readonly LocalizedText Page = new("עמוד", "Page");
    public static readonly LocalizedText Of = new("מתוך", "of");

    public static LocalizedText For(FindingStatus status) => status switch
    {
        FindingStatus.Met => new("הושג", "Met"),
        FindingStatus.NotMet => new("לא הושג", "Not met"),
        FindingStatus.NotApplicable => new("לא רלוונטי", "Not applicable"),
        FindingStatus.Incomplete => new("חסרות ראיות", "Incomplete"),
        _ => new("שגיאה", "Error"),
    };

    public static LocalizedText For(Severity severity) => severity switch
    {
        Standards.Model.Severity.Minor => new("קלה", "Minor"),
        Standards.Model.Severity.Major => new("חמורה", "Major"),
        _ => new("קריטית", "Critical"),
    };

    public static LocalizedText For(Scope scope) => scope switch
    {
        Standards.Model.Scope.Isolated => new("נקודתי", "Isolated"),
        Standards.Model.Scope.Pattern => new("דפוס חוזר", "Pattern"),
        _ => new("נרחב", "Widespread"),
    };

    public static LocalizedText For(Level level) => level == Standards.Model.Level.Institution ? new("מוסד", "Facility") : new("דייר", "Resident");

    public static LocalizedText For(EvidenceSource source) => source switch
    {
        EvidenceSource.Observation => new("תצפית", "Observation"),
        EvidenceSource.Document => new("מסמכים", "Documents"),
        EvidenceSource.StaffInterview => new("ראיון צוות", "Staff interview"),
        EvidenceSource.ResidentInterview => new("ראיון דייר", "Resident interview"),
        _ => new("תיק דייר", "Resident file"),
    };

    public static LocalizedText For(VisitKind kind) => kind switch
    {
        Models.VisitKind.Regular => new("ביקור שגרתי", "Regular visit"),
        Models.VisitKind.Unannounced => new("ביקור פתע", "Unannounced visit"),
        Models.VisitKind.FollowUp => new("ביקור מעקב", "Follow-up visit"),
        _ => new("הערכה עצמית", "Self-assessment"),
    };

    public static LocalizedText For(DisputeOutcome outcome) => outcome switch
    {
        DisputeOutcome.Pending => new("ממתינה להחלטה", "Pending"),
        DisputeOutcome.Upheld => new("התקבלה: הממצא הוסר", "Upheld: finding withdrawn"),
        _ => new("נדחתה", "Rejected"),
    };

    public static LocalizedText For(CorrectionActionStatus status) => status switch
    {
        CorrectionActionStatus.Planned => new("מתוכננת", "Planned"),
        CorrectionActionStatus.InProgress => new("בביצוע", "In progress"),
        CorrectionActionStatus.Done => new("בוצעה", "Done"),
        _ => new("בוצעה ואומתה", "Verified"),
    };

    public static LocalizedText For(FollowUpStanding standing) => standing switch
    {
        FollowUpStanding.Resolved => new("תוקן", "Resolved"),
        FollowUpStanding.Persisting => new("לא תוקן", "Persisting"),
        _ => new("לא ניתן לאמת", "Unverified"),
    };

    public static LocalizedText For(DeficiencyChange change) => change switch
    {
        DeficiencyChange.New => new("חדש", "New"),
        DeficiencyChange.Resolved => new("תוקן", "Resolved"),
        DeficiencyChange.Persisting => new("נמשך", "Persisting"),
        DeficiencyChange.Repeated => new("חזר", "Repeated"),
        _ => new("לא אומת", "Unverified"),
    };
}
