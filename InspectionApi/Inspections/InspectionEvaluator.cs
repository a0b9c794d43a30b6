using Inspection.Api.Data;
using Inspection.Api.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Inspections;

/// <summary>
/// "Evaluate this inspection", written once: its answers as they stand, with its tracer census and the
/// standards withdrawn after a dispute, and, for a full visit, the deficiencies of the facility's
/// previous full visit, judged by the Engine against its pinned rule-set version. Submit uses it as the
/// completeness check, evaluation records it, a withdrawn finding re-scores with it, and the demo data
/// and background jobs use it too.
/// </summary>
public sealed class InspectionEvaluator(RuleSetLibrary library, InspectionDbContext db, TimeProvider clock)
{
    /// <summary>Evaluates <paramref name="inspection"/> (loaded with its answers, residents and findings) against its previous full visit.</summary>
    public async Task<InspectionEvaluation> EvaluateAsync(FacilityInspection inspection, CancellationToken cancellationToken) =>
        Evaluate(inspection, await PreviousAsync(inspection, cancellationToken));

    /// <summary>
    /// Evaluates <paramref name="inspection"/> (loaded with its answers, residents and findings); the
    /// deficiencies of <paramref name="previous"/> (loaded with its findings), when given, are the previous
    /// inspection's for the rule set's consequences.
    /// </summary>
    public InspectionEvaluation Evaluate(FacilityInspection inspection, FacilityInspection? previous)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var version = inspection.RuleSetVersion ?? throw new InvalidOperationException($"inspection {inspection.Id} was loaded without its rule-set version");
        var (ruleSet, compiled) = library.Get(version);
        var response = inspection.ToResponse(ruleSet, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) with
        {
            PreviousDeficiencies = previous?.CountedDeficiencies(),
        };
        var result = compiled.Evaluate(response);
        return new InspectionEvaluation(ruleSet, compiled, result,
            inspection.Kind == InspectionKind.FollowUp ? inspection.RecheckedStandards : null, previous?.Id);
    }

    /// <summary>
    /// The facility's previous full visit for <paramref name="inspection"/>, with its findings: once it is
    /// evaluated, the one it was evaluated against (so that a re-score reads the same deficiencies); before,
    /// the latest evaluated regular or unannounced visit of the same facility on or before its visit date.
    /// Null for follow-ups and self-assessments, and when there is none.
    /// </summary>
    public async Task<FacilityInspection?> PreviousAsync(FacilityInspection inspection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var inspections = db.Inspections.Include(i => i.Findings).AsSplitQuery();
        if (inspection.EvaluatedAt is not null)
        {
            return inspection.PreviousInspectionId is { } previousId
                ? await inspections.SingleOrDefaultAsync(i => i.Id == previousId, cancellationToken)
                : null;
        }

        if (!inspection.IsFullVisit)
        {
            return null;
        }

        var date = inspection.VisitDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await inspections
            .Where(i => i.FacilityId == inspection.FacilityId && i.Id != inspection.Id && i.EvaluatedAt != null && i.VisitDate <= date
                && (i.Kind == InspectionKind.Regular || i.Kind == InspectionKind.Unannounced))
            .OrderByDescending(i => i.VisitDate).ThenByDescending(i => i.EvaluatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
