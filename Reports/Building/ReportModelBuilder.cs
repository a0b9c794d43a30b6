using Inspection.Engine.Comparison;
using Inspection.Engine.Findings;
using Inspection.Reports.Models;
using Inspection.Standards.Model;

namespace Inspection.Reports.Building;

/// <summary>
/// Builds report models straight from the Engine's results and the rule-set version they were judged
/// against, plus the facts only the host knows (facility, people, census, disputes, plans). Titles come
/// from each finding's own standard, so results of an older version read as they were judged.
/// </summary>
public sealed class ReportModelBuilder(RuleSet ruleSet)
{
    private readonly Dictionary<string, Question> _questions = ruleSet.Questions.ToDictionary(q => q.Code, StringComparer.Ordinal);
    private readonly Dictionary<string, Tracer> _tracers = ruleSet.Tracers.ToDictionary(t => t.Code, StringComparer.Ordinal);

    public RuleSet RuleSet { get; } = ruleSet;

    /// <summary>The reference printed in a report's head.</summary>
    public RuleSetReference Reference(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RuleSetReference(result.RuleSet.Id, result.RuleSet.Version, result.RuleSet.ContentHash, RuleSet.Title);
    }

    /// <summary>The compliance report of one evaluated inspection.</summary>
    /// <param name="census">Current residents per tracer code, as recorded at the visit; missing tracers were not recorded.</param>
    public ComplianceReport Compliance(
        InspectionResult result,
        FacilityVisit visit,
        IReadOnlyDictionary<string, int>? census = null,
        IReadOnlyList<DisputeLine>? disputes = null,
        IReadOnlyList<SignatureLine>? signatures = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ComplianceReport(visit, Summary(result), Domains(result), Tracers(result, census), disputes ?? [], signatures ?? []);
    }

    /// <summary>
    /// The improvement report: every deficiency of <paramref name="current"/> with its planned actions
    /// (by standard code), the follow-up result where <paramref name="followUp"/> re-checked it, and the
    /// comparison with <paramref name="previous"/> (and <paramref name="beforePrevious"/> for repeated ones).
    /// </summary>
    public ImprovementReport Improvement(
        InspectionResult current,
        FacilityVisit visit,
        DateOnly asOf,
        IReadOnlyDictionary<string, IReadOnlyList<CorrectionActionLine>> actions,
        InspectionResult? followUp = null,
        InspectionResult? previous = null,
        InspectionResult? beforePrevious = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actions);
        var items = CorrectionItems(current, actions, followUp);
        var comparison = previous is null
            ? []
            : DeficiencyComparison.Compare(current, previous, beforePrevious)
                .Select(m => new ComparisonLine(
                    m.StandardCode,
                    (m.Current ?? m.Previous)!.Standard.Title,
                    m.Change,
                    m.Previous?.Deficiency?.Grade,
                    m.Current?.Deficiency?.Grade))
                .ToList();
        return new ImprovementReport(visit, asOf, items, previous is null ? null : Outcome(previous, VisitKind.Regular), comparison);
    }

    /// <summary>The provider's self-assessment, its own improvement plan, and where <paramref name="lastInspection"/> disagreed.</summary>
    public SelfAssessmentReport SelfAssessment(
        InspectionResult own,
        FacilityVisit visit,
        IReadOnlyDictionary<string, IReadOnlyList<CorrectionActionLine>> plan,
        InspectionResult? lastInspection = null)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(plan);
        return new SelfAssessmentReport(
            visit,
            Summary(own),
            Domains(own),
            CorrectionItems(own, plan, followUp: null),
            lastInspection is null ? null : Compare(own, lastInspection));
    }

    /// <summary>The brief a supervisor reads before <paramref name="plannedVisit"/>.</summary>
    /// <param name="history">Past inspections of the facility with their kind, oldest first; the last regular or unannounced one is the last inspection.</param>
    /// <param name="actions">The correction plan of the last inspection, by standard code.</param>
    /// <param name="followUp">The follow-up of the last inspection, when there was one.</param>
    public PreparationBrief Brief(
        FacilityVisit plannedVisit,
        IReadOnlyList<(InspectionResult Result, VisitKind Kind)> history,
        IReadOnlyDictionary<string, IReadOnlyList<CorrectionActionLine>> actions,
        InspectionResult? followUp,
        IReadOnlyList<DisputeLine> openDisputes,
        CensusLine? lastCensus)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(actions);
        var external = history.Where(h => h.Kind is VisitKind.Regular or VisitKind.Unannounced).Select(h => h.Result).LastOrDefault();
        var self = history.Where(h => h.Kind is VisitKind.SelfAssessment).Select(h => h.Result).LastOrDefault();
        var lastKind = history.LastOrDefault(h => h.Result == external).Kind;
        return new PreparationBrief(
            plannedVisit,
            external is null ? null : Outcome(external, lastKind),
            external is null ? [] : CorrectionItems(external, actions, followUp),
            self is null || external is null ? null : Compare(self, external),
            openDisputes,
            [.. history.Select(h => Outcome(h.Result, h.Kind))],
            lastCensus);
    }

    /// <summary>A self-assessment set against an external inspection: the standards both judged, differently.</summary>
    public static AssessmentComparison Compare(InspectionResult selfAssessment, InspectionResult inspection)
    {
        ArgumentNullException.ThrowIfNull(selfAssessment);
        ArgumentNullException.ThrowIfNull(inspection);
        var external = inspection.Findings.ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var disagreements = selfAssessment.Findings
            .Where(f => f.IsEvaluated && external.TryGetValue(f.StandardCode, out var other) && other.IsEvaluated && other.Status != f.Status)
            .Select(f => new DisagreementLine(f.StandardCode, f.Standard.Title, f.Status, f.Residents?.Rate, external[f.StandardCode].Status, external[f.StandardCode].Residents?.Rate))
            .ToList();
        return new AssessmentComparison(Outcome(selfAssessment, VisitKind.SelfAssessment), Outcome(inspection, VisitKind.Regular), disagreements);
    }

    /// <summary>An inspection's result in one line.</summary>
    public static InspectionOutcome Outcome(InspectionResult result, VisitKind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new InspectionOutcome(result.InspectionDate, kind, result.OverallScore, result.Rating is { } r ? Band(r.Band) : null);
    }

    /// <summary>Scores, rating and caps, coverage, deficiencies by grade and status counts.</summary>
    public ComplianceSummary Summary(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var domains = result.Domains
            .Select(d => new DomainScoreLine(d.Domain, DomainTitle(d.Domain), d.Weight, d.Met, d.NotMet, d.Score))
            .ToList();
        var deficiencies = result.Deficiencies.Select(f => f.Deficiency!).ToList();
        var grades = RuleSet.Policy.Grades
            .Select(g => new GradeCount(g.Grade, g.Severity, g.Scope, g.ImmediateJeopardy, deficiencies.Count(d => d.Grade == g.Grade)))
            .Where(g => g.Count > 0)
            .ToList();
        var statuses = new StatusCounts(
            result.Findings.Count(f => f.Status == FindingStatus.Met),
            result.Findings.Count(f => f.Status == FindingStatus.NotMet),
            result.Findings.Count(f => f.Status == FindingStatus.NotApplicable),
            result.Findings.Count(f => f.Status == FindingStatus.Incomplete),
            result.Findings.Count(f => f.Status == FindingStatus.Error));
        return new ComplianceSummary(result.OverallScore, domains, Rating(result), NotRated(result), result.Coverage?.Share, RuleSet.Policy.RatingBands, grades, statuses)
        {
            ByStandardType = [.. StandardTypeScores.Of(result).Select(t =>
                new StandardTypeLine(t.Type, StandardTypeTitles.Of(t.Type), t.Standards, t.Judged, t.Met, t.Score, t.Share, t.Contribution))],
        };
    }

    /// <summary>The findings grouped by domain, in the rule set's domain order.</summary>
    public IReadOnlyList<DomainFindings> Domains(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scores = result.Domains.ToDictionary(d => d.Domain, d => d.Score, StringComparer.Ordinal);
        var order = RuleSet.Domains.Select(d => d.Code).ToList();
        return result.Findings
            .GroupBy(f => f.Standard.Domain, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(g => new DomainFindings(g.Key, DomainTitle(g.Key), scores.GetValueOrDefault(g.Key), [.. g.Select(Line)]))
            .ToList();
    }

    /// <summary>One finding, readable.</summary>
    public FindingLine Line(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var standard = finding.Standard;
        var tracer = standard.Tracer is { } code ? _tracers.GetValueOrDefault(code) : null;
        var tally = finding.Residents is { } t ? new TallyLine(t.Applicable, t.Known, t.Satisfying) : null;
        var deficiency = finding.Deficiency is { } d
            ? new DeficiencyLine(d.Grade, d.Severity, d.Scope, d.ImmediateJeopardy, DeficiencyStatement.For(finding, tracer), [.. finding.Residents?.Failing ?? []])
            : null;
        var answers = finding.AnswersRead
            .Select(a => new AnswerLine(a.Question, _questions.GetValueOrDefault(a.Question)?.Text ?? LocalizedText.Empty, a.Value?.Display()))
            .ToList();
        return new FindingLine(
            standard.Code,
            standard.Title,
            standard.Domain,
            standard.Level,
            finding.Status,
            standard.Bar,
            finding.Residents?.Rate,
            tally,
            standard.Severity,
            tracer?.Title,
            standard.Evidence,
            standard.Rule,
            answers,
            deficiency,
            Note(finding))
        {
            ComputedStatus = finding.ComputedStatus,
        };
    }

    private List<CorrectionItem> CorrectionItems(
        InspectionResult result, IReadOnlyDictionary<string, IReadOnlyList<CorrectionActionLine>> actions, InspectionResult? followUp) =>
        result.Deficiencies
            .Select(f => new CorrectionItem(
                f.StandardCode,
                f.Standard.Title,
                Line(f).Deficiency!,
                actions.GetValueOrDefault(f.StandardCode) ?? [],
                followUp is null ? null : FollowUp(followUp, f.StandardCode)))
            .ToList();

    private static FollowUpLine FollowUp(InspectionResult followUp, string standardCode)
    {
        var finding = followUp.For(standardCode);
        var standing = finding?.Status switch
        {
            FindingStatus.Met or FindingStatus.NotApplicable => FollowUpStanding.Resolved,
            FindingStatus.NotMet => FollowUpStanding.Persisting,
            _ => FollowUpStanding.Unverified,
        };
        return new FollowUpLine(followUp.InspectionDate, standing, finding?.Residents?.Rate);
    }

    private List<TracerLine> Tracers(InspectionResult result, IReadOnlyDictionary<string, int>? census) =>
        RuleSet.Tracers
            .Select(tracer =>
            {
                var findings = result.Findings.Where(f => f.Standard.Tracer == tracer.Code).ToList();
                var sampled = findings
                    .SelectMany(f => f.Residents?.Outcomes.Select(o => o.Resident) ?? [])
                    .Distinct(StringComparer.Ordinal)
                    .Count();
                var shortfall = findings
                    .Where(f => f.Status == FindingStatus.Incomplete && f.Residents is not null)
                    .Select(f => f.Residents!.MinimumSample - f.Residents.Known)
                    .DefaultIfEmpty(0)
                    .Max();
                return new TracerLine(
                    tracer.Code,
                    tracer.Title,
                    census is not null && census.TryGetValue(tracer.Code, out var count) ? count : null,
                    sampled,
                    Math.Max(shortfall, 0),
                    [.. findings.Select(f => new TracerStandardLine(
                        f.StandardCode,
                        f.Standard.Title,
                        f.Status,
                        f.Standard.Bar,
                        f.Residents?.Rate,
                        f.Residents is { } t ? new TallyLine(t.Applicable, t.Known, t.Satisfying) : null))]);
            })
            .ToList();

    private RatingLine? Rating(InspectionResult result)
    {
        if (result.Rating is not { } rating)
        {
            return null;
        }

        var deficiencies = result.Deficiencies.ToList();
        var caps = rating.Caps
            .Select(cap => new CapLine(
                cap.Code,
                cap.Reason,
                BandByCode(cap.MaxRating),
                [.. deficiencies
                    .Where(f => cap.ImmediateJeopardy ? f.Deficiency!.ImmediateJeopardy : f.Deficiency!.Severity == cap.Severity)
                    .Select(f => f.StandardCode)]))
            .ToList();
        return new RatingLine(Band(rating.Band), Band(rating.ScoreBand), caps);
    }

    private static NotRatedLine? NotRated(InspectionResult result)
    {
        if (result.Rating is not null)
        {
            return null;
        }

        var missing = result.Findings
            .Where(f => f.Status is FindingStatus.Incomplete or FindingStatus.Error)
            .Select(f => new LocalizedText($"{f.StandardCode} {f.Standard.Title.He}", $"{f.StandardCode} {f.Standard.Title.En}"))
            .ToList();
        return new NotRatedLine(NotRatedReasons(result), missing);
    }

    /// <summary>The Engine's reasons for withholding the rating, each said in both languages from the structured result.</summary>
    private static List<LocalizedText> NotRatedReasons(InspectionResult result)
    {
        var reasons = new List<LocalizedText>();
        if (result.OverallScore is null)
        {
            reasons.Add(new LocalizedText("אין די ראיות: אף תקן לא נשפט.", "Insufficient evidence: no standard could be judged."));
            return reasons;
        }

        var coverage = result.Coverage ?? new EvidenceCoverage(null, 0m, [], []);
        if (coverage.Share is { } share && share < coverage.Minimum)
        {
            reasons.Add(new LocalizedText(
                $"אין די ראיות: נשפטו {Percent(share)} מהתקנים החלים (לפי משקל), פחות מהמינימום {Percent(coverage.Minimum)}.",
                $"Insufficient evidence: {Percent(share)} of the applicable standards (by weight) were judged, below the minimum of {Percent(coverage.Minimum)}."));
        }

        if (coverage.RequiredUnjudged.Count > 0)
        {
            var codes = string.Join(", ", coverage.RequiredUnjudged);
            reasons.Add(new LocalizedText($"תקנים שחובה לשפוט לא נשפטו: {codes}.", $"Standards that must be judged were not: {codes}."));
        }

        foreach (var fired in result.Consequences.Where(c => c.Consequence.Then.NotRated).DistinctBy(c => c.Consequence.Code))
        {
            reasons.Add(fired.Consequence.Reason);
        }

        if (reasons.Count == 0 && coverage.Unjudged.Count > 0)
        {
            var codes = string.Join(", ", coverage.Unjudged);
            reasons.Add(new LocalizedText(
                $"אין די ראיות: התקנים שלא נשפטו ({codes}) עשויים להוריד את הדירוג, ודירוג ניתן רק כשהראיות החסרות אינן יכולות לשנותו.",
                $"Insufficient evidence: the standards not judged ({codes}) could lower the rating, and a rating is given only when the missing evidence could not change it."));
        }

        if (reasons.Count == 0)
        {
            // A failed policy computation: the Engine's own words.
            reasons.AddRange(result.NotRatedReasons.Select(r => new LocalizedText(r, r)));
        }

        return reasons;
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string? Note(Finding finding) => finding.Status switch
    {
        FindingStatus.Error => finding.ErrorMessage,
        FindingStatus.Incomplete when finding.MissingAnswers.Count > 0 => string.Join(", ", finding.MissingAnswers),
        FindingStatus.Incomplete when finding.Residents is { } t => $"n = {t.Known} < {t.MinimumSample}",
        _ => null,
    };

    private LocalizedText DomainTitle(string code) => RuleSet.Domains.FirstOrDefault(d => d.Code == code)?.Title ?? new LocalizedText(code, code);

    private static BandLine Band(RatingBand band) => new(band.Code, band.Label);

    private BandLine BandByCode(string code) =>
        RuleSet.Policy.RatingBands.FirstOrDefault(b => b.Code == code) is { } band ? Band(band) : new BandLine(code, new LocalizedText(code, code));
}
