using System.Globalization;
using System.Text;
using Inspection.Engine.Responses;

namespace Inspection.Engine.Benchmarks;

/// <summary>
/// The benchmark's rule set: 300 institution-level standards of four shapes and 10 resident-level
/// tracer standards, with a response of 30 sampled residents. The shapes are what real catalogs
/// use: yes-no with a number, a plan with its review date, a choice, a range.
/// </summary>
internal static class GeneratedCatalog
{
    public const int InstitutionStandards = 300;
    public const int ResidentStandards = 10;
    public const int Tracers = 3;
    public const int Residents = 30;
    public static readonly DateOnly InspectionDate = new(2026, 11, 1);

    public static string Yaml(string version = "1.0.0")
    {
        var y = new StringBuilder();
        y.AppendLine(CultureInfo.InvariantCulture, $$"""
            id: benchmark
            serviceType: elderly-care-home
            version: {{version}}
            effectiveFrom: 2026-01-01
            status: draft
            title: { he: מדד, en: Benchmark }
            policy:
              minimumSample: 3
              scopeCutPoints: { pattern: 0.2, widespread: 0.5 }
              grades:
            """);
        var grade = 'A';
        foreach (var severity in new[] { "minor", "major", "critical" })
        {
            foreach (var scope in new[] { "isolated", "pattern", "widespread" })
            {
                y.AppendLine(CultureInfo.InvariantCulture, $"    - {{ severity: {severity}, scope: {scope}, grade: {grade++}{(severity == "critical" && scope == "widespread" ? ", immediateJeopardy: true" : string.Empty)} }}");
            }
        }

        y.AppendLine("""
              ratingBands:
                - { code: good, minScore: 0.75, label: { he: טוב, en: Good } }
                - { code: poor, minScore: 0, label: { he: חלש, en: Poor } }
              ratingCaps:
                - { code: critical, severity: critical, maxRating: poor, reason: { he: קריטי, en: Critical } }
              minimumCoverage: 0.5
              mustBeJudged: [S-000, S-007]
            consequences:
              - code: follow-up-critical
                when: 'f.deficient && f.severity == "critical"'
                then: { followUpWithinDays: 30 }
                reason: { he: ליקוי קריטי, en: A critical deficiency }
              - code: repeated-raises-grade
                when: 'f.deficient && p.standard == f.standard'
                then: { raiseGrade: true }
                reason: { he: ליקוי חוזר, en: A repeated deficiency }
              - code: jeopardy-escalates
                when: f.immediateJeopardy
                then: { escalateTo: district }
                reason: { he: סכנה מיידית, en: Immediate jeopardy }
            domains:
            """);
        for (var d = 0; d < 6; d++)
        {
            y.AppendLine(CultureInfo.InvariantCulture, $"  - {{ code: d{d}, weight: {d + 1}, title: {{ he: תחום {d}, en: Domain {d} }} }}");
        }

        y.AppendLine("tracers:");
        for (var t = 0; t < Tracers; t++)
        {
            y.AppendLine(CultureInfo.InvariantCulture, $"  - {{ code: t{t}, title: {{ he: עוקב {t}, en: Tracer {t} }}, identifiedBy: r.has_t{t} }}");
        }

        y.AppendLine("instruments:\n  - code: institution\n    title: { he: מוסד, en: Institution }\n    questions:");
        for (var i = 0; i < InstitutionStandards; i++)
        {
            Question(y, $"b{i}", "yes-no", "institution");
            switch (i % 4)
            {
                case 0 or 3:
                    Question(y, $"n{i}", "number", "institution");
                    break;
                case 1:
                    Question(y, $"d{i}", "date", "institution");
                    break;
                default:
                    Question(y, $"c{i}", "choice", "institution", "\n        options: [{ value: monthly, label: { he: חודשי, en: Monthly } }, { value: yearly, label: { he: שנתי, en: Yearly } }]");
                    break;
            }
        }

        y.AppendLine("  - code: resident-sample\n    title: { he: דיירים, en: Residents }\n    questions:");
        for (var t = 0; t < Tracers; t++)
        {
            Question(y, $"has_t{t}", "yes-no", "resident");
        }

        for (var j = 0; j < ResidentStandards; j++)
        {
            Question(y, $"rb{j}", "yes-no", "resident");
            Question(y, $"rn{j}", "number", "resident");
        }

        y.AppendLine("standards:");
        for (var i = 0; i < InstitutionStandards; i++)
        {
            var rule = (i % 4) switch
            {
                0 => $"q.b{i} && q.n{i} >= 5",
                1 => $"!q.b{i} || DaysSince(q.d{i}) <= 90",
                2 => $"q.b{i} || q.c{i} == \"monthly\"",
                _ => $"q.n{i} >= 3 && q.n{i} <= 20",
            };
            var applicability = i % 4 == 3 && i % 5 == 0 ? $"\n    applicability: q.b{i}" : string.Empty;
            var severity = (i % 7) switch { 0 => "critical", 1 or 2 => "major", _ => "minor" };
            y.AppendLine(CultureInfo.InvariantCulture, $$"""
                  - code: S-{{i:D3}}
                    domain: d{{i % 6}}
                    level: institution
                    title: { he: תקן {{i}}, en: Standard {{i}} }
                    rule: '{{rule}}'{{applicability}}
                    severity: {{severity}}
                    scope: pattern
                    weight: {{1 + (i % 3)}}
                    measures: process
                    evidence: [document]
                """);
        }

        for (var j = 0; j < ResidentStandards; j++)
        {
            y.AppendLine(CultureInfo.InvariantCulture, $$"""
                  - code: R-{{j:D2}}
                    domain: d{{j % 6}}
                    level: resident
                    tracer: t{{j % Tracers}}
                    title: { he: תקן דייר {{j}}, en: Resident standard {{j}} }
                    rule: r.rb{{j}} || r.rn{{j}} >= 3
                    bar: 0.8
                    severity: major
                    weight: 2
                    measures: process
                    evidence: [resident-file, resident-interview]
                """);
        }

        return y.ToString();
    }

    /// <summary>A complete response; a few answers are missing or failing so every path is exercised.</summary>
    public static InspectionResponse Response()
    {
        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        for (var i = 0; i < InstitutionStandards; i++)
        {
            if (i % 50 == 49)
            {
                continue; // unanswered: some findings are Incomplete
            }

            answers[$"b{i}"] = AnswerValue.YesNo(i % 9 != 0);
            switch (i % 4)
            {
                case 0 or 3:
                    answers[$"n{i}"] = AnswerValue.Number(i % 23);
                    break;
                case 1:
                    answers[$"d{i}"] = AnswerValue.Date(InspectionDate.AddDays(-(i % 120)));
                    break;
                default:
                    answers[$"c{i}"] = AnswerValue.Choice(i % 3 == 0 ? "yearly" : "monthly");
                    break;
            }
        }

        var residents = new List<SampledResident>();
        for (var p = 0; p < Residents; p++)
        {
            var resident = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
            for (var t = 0; t < Tracers; t++)
            {
                resident[$"has_t{t}"] = AnswerValue.YesNo((p + t) % 2 == 0);
            }

            for (var j = 0; j < ResidentStandards; j++)
            {
                if ((p + j) % 11 != 0)
                {
                    resident[$"rb{j}"] = AnswerValue.YesNo((p * j) % 5 != 0);
                }

                resident[$"rn{j}"] = AnswerValue.Number((p + j) % 6);
            }

            residents.Add(new SampledResident($"P{p:D3}", [], resident));
        }

        return new InspectionResponse(InspectionDate, answers, residents)
        {
            TracerCensus = new Dictionary<string, int>(StringComparer.Ordinal) { ["t0"] = 20, ["t1"] = 18, ["t2"] = 15 },
            PreviousDeficiencies = [.. Enumerable.Range(0, InstitutionStandards).Where(i => i % 10 == 3).Select(i =>
                new PreviousDeficiency($"S-{i:D3}", Standards.Model.Severity.Major, Standards.Model.Scope.Pattern, "E", false))],
        };
    }

    private static void Question(StringBuilder y, string code, string type, string unit, string extra = "") =>
        y.AppendLine(CultureInfo.InvariantCulture, $$"""
                  - code: {{code}}
                    type: {{type}}
                    unit: {{unit}}
                    source: {{(unit == "resident" ? "resident-file" : "document")}}
                    text: { he: שאלה {{code}}, en: Question {{code}} }{{extra}}
            """);
}
