using Inspection.Engine.Compilation;
using Inspection.Engine.Findings;
using Inspection.Engine.Responses;

namespace Inspection.Engine.Network;

/// <summary>
/// The inspection as one fact of the network: the institution's typed answers (through the prepared
/// response's scope) and the state one evaluation builds up as rules fire: a finding per standard,
/// the consequences fired, the caps triggered, and at the end the result.
/// </summary>
internal sealed class InspectionFact(CompiledRuleSet ruleSet, PreparedResponse prepared, InspectionResponse response)
{
    public CompiledRuleSet RuleSet { get; } = ruleSet;

    public PreparedResponse Prepared { get; } = prepared;

    public InspectionResponse Response { get; } = response;

    /// <summary>One slot per standard, in catalog order, filled by the standard's rule (or its failure), or before any rule runs when withdrawn.</summary>
    public Finding?[] Findings { get; } = new Finding?[ruleSet.StandardCount];

    /// <summary>Per standard, in catalog order: withdrawn after a dispute (its rule does not run); null when none is.</summary>
    public bool[]? Withdrawn { get; init; }

    /// <summary>Whether standard <paramref name="index"/> was withdrawn; checked first by the standard's action (not a network condition: see <c>RuleNetwork</c>).</summary>
    public bool IsWithdrawn(int index) => Withdrawn is { } withdrawn && withdrawn[index];

    /// <summary>Per standard, in catalog order: the previous inspection found a deficiency of it; null when it found none.</summary>
    public bool[]? HadDeficiency { get; init; }

    /// <summary>Consequences fired: consequence index, standard index, the facts matched as people read them.</summary>
    public List<(int Consequence, int Standard, string[] Facts)> Fired { get; } = [];

    /// <summary>Rating caps triggered: cap index, standard index.</summary>
    public List<(int Cap, int Standard)> CapHits { get; } = [];

    /// <summary>Consequences that could not be evaluated, as reasons not to rate.</summary>
    public List<string> Failures { get; } = [];

    public InspectionResult? Result { get; set; }
}
