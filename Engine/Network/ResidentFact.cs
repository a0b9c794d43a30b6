using Inspection.Engine.Compilation;
using Inspection.Engine.Responses;

namespace Inspection.Engine.Network;

/// <summary>
/// One sampled resident as a fact of the network: the resident's typed answers in a scope of its
/// own (the institution's answers beside them), the tracers the inspector marked, and the test the
/// network runs to match the resident to a tracer's standards.
/// </summary>
internal sealed class ResidentFact(InspectionFact inspection, int index, SampledResident source, RuleScope scope, bool[] marked, CompiledCondition[] tracers)
{
    public InspectionFact Inspection { get; } = inspection;

    /// <summary>The resident's place in the sample (outcomes are listed in this order).</summary>
    public int Index { get; } = index;

    public SampledResident Source { get; } = source;

    /// <summary>The scope rules run on for this resident (<c>q</c> and this resident's <c>r</c>).</summary>
    public RuleScope Scope { get; } = scope;

    /// <summary>Whether the resident has tracer <paramref name="tracer"/>: marked by the inspector, or identified from the answers.</summary>
    public bool Has(int tracer) => marked[tracer] || tracers[tracer].Evaluate(Scope) == true;
}
