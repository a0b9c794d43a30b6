using Inspection.Api.Inspections;
using Inspection.Engine;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// A draft rule-set version applied to stored inspections, in memory only: the stored answers are read as
/// the draft reads them (answers to questions the draft no longer has are left out), evaluated by the
/// Engine, and compared standard by standard with the stored findings. Nothing is written.
/// </summary>
public sealed class WhatIfEvaluation(RuleSet draft, ICompiledRuleSet compiled)
{
    public WhatIfOutcome Evaluate(FacilityInspection inspection, OfficialResult result)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(result);
        var withdrawn = inspection.WithdrawnStandards;
        var stored = inspection.Findings.Where(f => !f.Withdrawn).ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var deficienciesBefore = stored.Values.Count(f => f.IsDeficiency);
        InspectionResult evaluated;
        try
        {
            evaluated = compiled.Evaluate(inspection.ToResponse(draft, result.VisitDate));
        }
        catch (InvalidResponseException e)
        {
            return new WhatIfOutcome(result, null, null, deficienciesBefore, 0, [], e.Message);
        }

        var after = evaluated.Findings.Where(f => !withdrawn.Contains(f.StandardCode)).ToDictionary(f => f.StandardCode, StringComparer.Ordinal);
        var changes = new List<StandardChangeDto>();
        foreach (var code in after.Keys.Concat(stored.Keys.Where(c => !after.ContainsKey(c))))
        {
            var before = stored.GetValueOrDefault(code);
            var now = after.GetValueOrDefault(code);
            var (statusBefore, statusAfter) = (before?.Status.ToString(), now?.Status.ToString());
            var (gradeBefore, gradeAfter) = (before?.IsDeficiency == true ? before.Grade : null, now?.Deficiency?.Grade);
            if (statusBefore != statusAfter || gradeBefore != gradeAfter)
            {
                changes.Add(new StandardChangeDto(code, statusBefore, statusAfter, gradeBefore, gradeAfter));
            }
        }

        return new WhatIfOutcome(result, evaluated.OverallScore, evaluated.Rating?.Band.Code, deficienciesBefore,
            after.Values.Count(f => f.Status == FindingStatus.NotMet), changes, null);
    }
}
