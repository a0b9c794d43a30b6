using Inspection.Api.Hosting;

namespace Inspection.Api.Comparison.Exports;

/// <summary>
/// The comparison as one table, a row per facility: headers in the reader's language (Hebrew by default)
/// and typed values (text, whole and decimal numbers, dates, or nothing), so that every format writes
/// numbers as numbers. Scores and shares are fractions (0.85), as stored.
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public static ExportTable From(ComparisonDto comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var he = language == Language.He;
        var several = comparison.ServiceTypes.Count > 1;
        var grades = comparison.ServiceTypes.SelectMany(s => s.Grades).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var domains = comparison.ServiceTypes.SelectMany(s => s.Domains.Select(d => (s.ServiceType, d.Code, Title: several ? $"{d.Title} ({s.ServiceType})" : d.Title))).ToList();
        List<string> headers =
        [
            he ? "סוג שירות" : "Service type",
            he ? "מתקן" : "Facility",
            he ? "מחוז" : "District",
            he ? "מפעיל" : "Operator",
            he ? "גודל" : "Size band",
            he ? "תאריך ביקור" : "Visit date",
            he ? "מערכת תקנים" : "Rule set",
            he ? "ציון כולל" : "Overall score",
            he ? "דירוג" : "Rating",
            he ? "כיסוי ראיות" : "Evidence coverage",
            he ? "מקום בין עמיתים" : "Rank among peers",
            he ? "מספר עמיתים" : "Peers",
            he ? "אחוזון" : "Percentile",
            he ? "ליקויים" : "Deficiencies",
            .. grades.Select(g => he ? $"ליקויים בדרגה {g}" : $"Grade {g} deficiencies"),
            .. domains.Select(d => d.Title),
            he ? "ביקורת" : "Inspection",
        ];
        var rows = comparison.ServiceTypes.SelectMany(s => s.Facilities.Select(f => (object?[])
        [
            s.ServiceType, f.Facility, f.District, f.Operator, f.SizeBand, f.VisitDate, f.RuleSet, f.OverallScore, f.Rating, f.EvidenceCoverage,
            f.Rank, f.Peers, f.Percentile, f.Deficiencies,
            .. grades.Select(g => (object?)(f.DeficienciesByGrade.TryGetValue(g, out var n) ? n : null)),
            .. domains.Select(d => d.ServiceType == s.ServiceType ? (object?)f.DomainScores.GetValueOrDefault(d.Code) : null),
            f.Link,
        ])).ToList();
        return new ExportTable(headers, rows);
    }
}
