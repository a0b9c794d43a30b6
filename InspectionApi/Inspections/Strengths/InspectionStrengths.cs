using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections.Findings;
using Inspection.Engine.Findings;
using Inspection.Engine.Strengths;
using Inspection.Standards.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Inspections.Strengths;

/// <summary>
/// "The strengths of this inspection", written once: its stored findings and domain scores against those of the
/// inspection before it, by the Engine's <see cref="StrengthFinder"/> with the configured margins. The inspection
/// before is the previous full visit a regular or unannounced visit was evaluated against, or the inspection a
/// follow-up re-checks; a self-assessment is never one, and has none. A finding withdrawn after a dispute counts as
/// not applicable, as in the re-scored result. The inspection's result, its reports and headquarters read them here.
/// </summary>
public sealed class InspectionStrengths(InspectionDbContext db, IOptions<StrengthOptions> options)
{
    public StrengthMargins Margins => options.Value.Margins;

    /// <summary>
    /// The strengths of <paramref name="inspection"/> (loaded with its findings and domain scores), judged against
    /// <paramref name="ruleSet"/> (its own version; the order they are named in); empty before it is evaluated.
    /// </summary>
    public async Task<IReadOnlyList<Strength>> FindAsync(FacilityInspection inspection, RuleSet ruleSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (inspection.EvaluatedAt is null || inspection.Status == InspectionStatus.Cancelled)
        {
            return [];
        }

        var previous = await PreviousAsync(inspection, cancellationToken);
        return StrengthFinder.Find(Source(inspection, ruleSet), previous is null ? null : Source(previous, ruleSet), Margins);
    }

    /// <summary>
    /// The inspection <paramref name="inspection"/>'s strengths are judged against, with its findings and domain scores:
    /// the previous full visit for a regular or unannounced one, the inspection followed up for a follow-up.
    /// </summary>
    public Task<FacilityInspection?> PreviousAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var previousId = inspection.Kind switch
        {
            InspectionKind.FollowUp => inspection.FollowUpOfId,
            InspectionKind.SelfAssessment => null,
            _ => inspection.PreviousInspectionId,
        };
        return previousId is { } id
            ? db.Inspections.AsNoTracking().Include(i => i.Findings).Include(i => i.DomainScores).AsSplitQuery()
                .Where(i => i.EvaluatedAt != null && i.Kind != InspectionKind.SelfAssessment)
                .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            : Task.FromResult<FacilityInspection?>(null);
    }

    /// <summary>The practices recorded for the strengths of <paramref name="inspectionIds"/>.</summary>
    public Task<List<StrengthPractice>> PracticesAsync(IReadOnlyCollection<Guid> inspectionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspectionIds);
        return db.Set<StrengthPractice>().AsNoTracking().Where(p => inspectionIds.Contains(p.InspectionId)).ToListAsync(cancellationToken);
    }

    /// <summary>The strengths of <paramref name="inspection"/> as its reader sees them, each with the practice recorded for it.</summary>
    public async Task<List<StrengthDto>> DescribeAsync(FacilityInspection inspection, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(viewer);
        var ruleSet = viewer.RuleSet ?? throw new ArgumentException("the viewer of an inspection's strengths reads them with its rule set", nameof(viewer));
        var strengths = await FindAsync(inspection, ruleSet, cancellationToken);
        if (strengths.Count == 0)
        {
            return [];
        }

        var practices = await PracticesAsync([inspection.Id], cancellationToken);
        return [.. strengths.Select(s => Describe(s, ruleSet, viewer.Language, practices.FirstOrDefault(p => p.Kind == s.Kind && p.Subject == s.Subject)))];
    }

    /// <summary>One strength in <paramref name="language"/>, titled from <paramref name="ruleSet"/>.</summary>
    public static StrengthDto Describe(Strength strength, RuleSet ruleSet, Language language, StrengthPractice? practice)
    {
        ArgumentNullException.ThrowIfNull(strength);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var domain = ruleSet.Domains.FirstOrDefault(d => d.Code == strength.Domain)?.Title.In(language) ?? strength.Domain;
        var title = strength.Kind == StrengthKind.DomainImproved
            ? domain
            : ruleSet.Standards.FirstOrDefault(s => s.Code == strength.Subject)?.Title.In(language) ?? strength.Subject;
        return new StrengthDto(strength.Kind.ToString(), strength.Subject, title, strength.Domain, domain, strength.Previous, strength.Current, strength.Bar,
            practice is null ? null : new StrengthPracticeDto(practice.Text, practice.RecordedBy, practice.RecordedAt));
    }

    /// <summary>An inspection's stored outcome as the finder reads it, in <paramref name="ruleSet"/>'s order of standards and domains.</summary>
    public static StrengthSource Source(FacilityInspection inspection, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var standardOrder = ruleSet.Standards.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var domainOrder = ruleSet.Domains.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return new StrengthSource(
            [.. inspection.Findings
                .OrderBy(f => standardOrder.GetValueOrDefault(f.StandardCode, int.MaxValue)).ThenBy(f => f.StandardCode, StringComparer.Ordinal)
                .Select(Judged)],
            [.. inspection.DomainScores
                .OrderBy(d => domainOrder.GetValueOrDefault(d.Domain, int.MaxValue)).ThenBy(d => d.Domain, StringComparer.Ordinal)
                .Select(d => new DomainScore(d.Domain, d.Weight, d.Met, d.NotMet, d.Score))]);
    }

    private static JudgedStandard Judged(FindingRecord finding) =>
        new(finding.StandardCode, finding.Domain, finding.Withdrawn ? FindingStatus.NotApplicable : finding.Status, finding.Rate, finding.Bar);
}
