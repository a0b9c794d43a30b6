using Inspection.Engine;
using Inspection.Engine.Findings;
using Inspection.Reports.Building;
using Inspection.Reports.Models;
using Inspection.Standards.Loading;
using Inspection.Standards.Model;

namespace Inspection.Reports.Samples;

/// <summary>
/// Realistic report models for tests, samples and the benchmark: the shipped elderly-care-home
/// catalog loaded with Standards' loader, responses evaluated by the real Engine, and the facts a
/// host would add (facility, people, census, disputes, correction plans, history).
/// </summary>
public sealed class SampleReports
{
    public const string FacilityName = "בית אבות נווה שלום";
    public const string CatalogFile = "elderly-care-home/elderly-care-home-1.1.0.yaml";
    public static readonly DateOnly VisitDate = new(2026, 5, 12);
    public static readonly DateOnly IssuedOn = new(2026, 5, 20);
    private readonly RuleSetCompiler _compiler = new();

    private SampleReports(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
    }

    public RuleSet RuleSet { get; }

    /// <summary>The catalog folder of the repository this runs from.</summary>
    public static string CatalogFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Inspection.sln")))
                {
                    return Path.Combine(dir.FullName, "standards-catalog");
                }
            }

            throw new DirectoryNotFoundException($"no Inspection.sln above {AppContext.BaseDirectory}");
        }
    }

    public static SampleReports Load()
    {
        var loaded = new RuleSetLoader().LoadFile(Path.Combine(CatalogFolder, CatalogFile));
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Diagnostics));
        }

        return new SampleReports(loaded.RuleSet!);
    }

    /// <summary>
    /// The catalog with its standards repeated (codes suffixed ".2", ".3", ...) until it has
    /// <paramref name="standards"/> of them: the same real rules and texts, as many findings as asked.
    /// </summary>
    public RuleSet Enlarged(int standards)
    {
        var copies = Enumerable.Range(0, standards)
            .Select(i =>
            {
                var original = RuleSet.Standards[i % RuleSet.Standards.Count];
                var round = (i / RuleSet.Standards.Count) + 1;
                return round == 1 ? original : original with
                {
                    Code = $"{original.Code}.{round}",
                    Title = new LocalizedText($"{original.Title.He} ({round})", $"{original.Title.En} ({round})"),
                };
            })
            .ToList();
        return RuleSet with { Standards = copies };
    }

    public InspectionResult Evaluate(RuleSet ruleSet, DateOnly date, int seed, double quality) =>
        _compiler.Compile(ruleSet).Evaluate(SampleResponse.For(ruleSet, date, seed, quality));

    public static FacilityVisit Visit(RuleSet ruleSet, InspectionResult result, VisitKind kind = VisitKind.Regular, string facilityName = FacilityName) =>
        new(
            facilityName,
            "EC-0417",
            "עמותת צבר לגיל הזהב",
            "מחוז מרכז",
            new LocalizedText("בית אבות", "Care home for older people"),
            kind,
            kind == VisitKind.SelfAssessment ? [result.InspectionDate] : [result.InspectionDate, result.InspectionDate.AddDays(1)],
            kind == VisitKind.SelfAssessment ? ["מנהלת איכות: רות לוי"] : ["דנה כהן", "יוסי אברהם"],
            new RuleSetReference(result.RuleSet.Id, result.RuleSet.Version, result.RuleSet.ContentHash, ruleSet.Title),
            IssuedOn);

    /// <summary>A compliance report of the catalog (or of <paramref name="standards"/> findings), with disputes, census and signatures.</summary>
    public ComplianceReport Compliance(int standards = 0, string facilityName = FacilityName, string disputeReason = "המטופל סירב לשקילה, והסירוב מתועד בתיק.", int seed = 15)
    {
        var ruleSet = standards > 0 ? Enlarged(standards) : RuleSet;
        var result = Evaluate(ruleSet, VisitDate, seed, quality: 0.93);
        var builder = new ReportModelBuilder(ruleSet);
        var deficiencies = result.Deficiencies.ToList();
        var disputes = new List<DisputeLine>();
        if (deficiencies.Count >= 2)
        {
            disputes.Add(new DisputeLine(deficiencies[0].StandardCode, deficiencies[0].Standard.Title, "מנהל המוסד", IssuedOn.AddDays(3), disputeReason,
                DisputeOutcome.Rejected, IssuedOn.AddDays(10), "מפקחת מחוזית", "הראיות שנאספו בביקור תומכות בממצא."));
            disputes.Add(new DisputeLine(deficiencies[1].StandardCode, deficiencies[1].Standard.Title, "אחות אחראית", IssuedOn.AddDays(4),
                "התוכנית עודכנה יום לפני הביקור.", DisputeOutcome.Pending, null, null, null));
        }

        var census = ruleSet.Tracers.Select((t, i) => (t.Code, Count: 3 + (i * 4))).ToDictionary(t => t.Code, t => t.Count, StringComparer.Ordinal);
        var signatures = new List<SignatureLine>
        {
            new(new LocalizedText("מפקחת", "Supervisor"), "דנה כהן", IssuedOn),
            new(new LocalizedText("מפקח", "Supervisor"), "יוסי אברהם", IssuedOn),
            new(new LocalizedText("מנהל המוסד", "Facility manager"), "אבי מזרחי", null),
        };
        return builder.Compliance(result, Visit(ruleSet, result, facilityName: facilityName), census, disputes, signatures);
    }

    /// <summary>An improvement report: plans for each deficiency (some overdue), a follow-up, and the comparison with the previous two inspections.</summary>
    public ImprovementReport Improvement()
    {
        var current = Evaluate(RuleSet, VisitDate, seed: 15, quality: 0.93);
        var previous = Evaluate(RuleSet, VisitDate.AddYears(-1), seed: 3, quality: 0.8);
        var beforePrevious = Evaluate(RuleSet, VisitDate.AddYears(-2), seed: 5, quality: 0.75);
        var followUp = Evaluate(RuleSet, VisitDate.AddDays(60), seed: 11, quality: 0.9);
        var asOf = VisitDate.AddDays(75);
        var builder = new ReportModelBuilder(RuleSet);
        return builder.Improvement(current, Visit(RuleSet, current), asOf, Plan(current, VisitDate), followUp, previous, beforePrevious);
    }

    /// <summary>A self-assessment with its own improvement plan, set against the last external inspection.</summary>
    public SelfAssessmentReport SelfAssessment()
    {
        var own = Evaluate(RuleSet, VisitDate.AddMonths(-4), seed: 21, quality: 0.88);
        var inspection = Evaluate(RuleSet, VisitDate.AddYears(-1), seed: 3, quality: 0.8);
        var builder = new ReportModelBuilder(RuleSet);
        return builder.SelfAssessment(own, Visit(RuleSet, own, VisitKind.SelfAssessment), Plan(own, own.InspectionDate), inspection);
    }

    /// <summary>The brief before next year's visit: three past inspections, a self-assessment, open disputes, the last census.</summary>
    public PreparationBrief Brief()
    {
        var history = new List<(InspectionResult, VisitKind)>
        {
            (Evaluate(RuleSet, VisitDate.AddYears(-2), seed: 5, quality: 0.75), VisitKind.Regular),
            (Evaluate(RuleSet, VisitDate.AddYears(-1), seed: 3, quality: 0.8), VisitKind.Unannounced),
            (Evaluate(RuleSet, VisitDate.AddMonths(-4), seed: 21, quality: 0.88), VisitKind.SelfAssessment),
            (Evaluate(RuleSet, VisitDate, seed: 15, quality: 0.93), VisitKind.Regular),
        };
        var last = history[^1].Item1;
        var followUp = Evaluate(RuleSet, VisitDate.AddDays(60), seed: 11, quality: 0.9);
        var builder = new ReportModelBuilder(RuleSet);
        var planned = Visit(RuleSet, last) with { VisitDates = [VisitDate.AddYears(1)], Inspectors = ["דנה כהן"], IssuedOn = VisitDate.AddYears(1).AddDays(-14) };
        var disputes = new List<DisputeLine>();
        if (last.Deficiencies.FirstOrDefault() is { } disputed)
        {
            disputes.Add(new DisputeLine(disputed.StandardCode, disputed.Standard.Title, "מנהל המוסד", IssuedOn.AddDays(3),
                "לטענת המוסד הנוהל קיים ואושר בישיבת הנהלה.", DisputeOutcome.Pending, null, null, null));
        }

        var census = new CensusLine(VisitDate, [.. RuleSet.Tracers.Select((t, i) => new TracerCount(t.Code, t.Title, 3 + (i * 4)))]);
        return builder.Brief(planned, history, Plan(last, VisitDate), followUp, disputes, census);
    }

    // Two actions per deficiency: one done, one still open and due at staggered dates (the late ones overdue).
    private static Dictionary<string, IReadOnlyList<CorrectionActionLine>> Plan(InspectionResult result, DateOnly from) =>
        result.Deficiencies
            .Select((f, i) => (f.StandardCode, Actions: (IReadOnlyList<CorrectionActionLine>)
            [
                new CorrectionActionLine("עדכון הנוהל והדרכת הצוות הרלוונטי", "אחות אחראית", from.AddDays(30), CorrectionActionStatus.Done, from.AddDays(26)),
                new CorrectionActionLine("בקרה חודשית על יישום הנוהל ותיעודה בתיקי הדיירים", i % 2 == 0 ? "מנהלת הסיעוד" : "עובדת סוציאלית",
                    from.AddDays(45 + (i * 7)), i % 3 == 0 ? CorrectionActionStatus.Verified : CorrectionActionStatus.InProgress, i % 3 == 0 ? from.AddDays(40) : null),
            ]))
            .ToDictionary(p => p.StandardCode, p => p.Actions, StringComparer.Ordinal);
}
