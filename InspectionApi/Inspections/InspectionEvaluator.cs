using Inspection.Api.RuleSets;

namespace Inspection.Api.Inspections;

/// <summary>
/// "Evaluate this inspection", written once: its answers, as they stand, judged by the Engine against
/// its pinned rule-set version. Submit uses it as the completeness check, evaluation records it,
/// a withdrawn finding re-scores with it, and the demo data and background jobs use it too.
/// </summary>
public sealed class InspectionEvaluator(RuleSetLibrary library, TimeProvider clock)
{
    /// <summary>Evaluates <paramref name="inspection"/> (loaded with its answers, residents and findings).</summary>
    public InspectionEvaluation Evaluate(FacilityInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var version = inspection.RuleSetVersion ?? throw new InvalidOperationException($"inspection {inspection.Id} was loaded without its rule-set version");
        var (ruleSet, compiled) = library.Get(version);
        var response = inspection.ToResponse(ruleSet, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var result = compiled.Evaluate(response);
        return new InspectionEvaluation(ruleSet, compiled, result,
            inspection.Kind == InspectionKind.FollowUp ? inspection.RecheckedStandards : null);
    }
}
