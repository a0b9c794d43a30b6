using Inspection.Engine;
using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Api.Inspections;

/// <summary>
/// An inspection's answers as the Engine judged them (see <see cref="InspectionEvaluator"/>): the
/// rule-set version, the result, for a follow-up the standards it re-checks (only their findings
/// count; a follow-up is not scored), and the previous inspection whose deficiencies it read.
/// </summary>
public sealed record InspectionEvaluation(RuleSet RuleSet, ICompiledRuleSet Compiled, InspectionResult Result, IReadOnlyList<string>? Rechecked, Guid? Previous)
{
    /// <summary>The findings that belong to the inspection: all of them, or a follow-up's re-checked ones.</summary>
    public IEnumerable<Finding> Findings => Rechecked is null
        ? Result.Findings
        : Result.Findings.Where(f => Rechecked.Contains(f.StandardCode, StringComparer.Ordinal));

    /// <summary>Whether the result is scored and rated (a follow-up's partial evaluation is not).</summary>
    public bool IsScored => Rechecked is null;
}
