namespace Inspection.Standards.Language;

/// <summary>Where an expression of a rule set stands.</summary>
public enum RuleExpressionKind
{
    /// <summary>A question's <c>showIf</c>.</summary>
    ShowIf,

    /// <summary>A tracer's <c>identifiedBy</c>.</summary>
    Tracer,

    /// <summary>A standard's <c>rule</c>.</summary>
    Rule,

    /// <summary>A standard's <c>applicability</c>.</summary>
    Applicability,

    /// <summary>A consequence's <c>when</c>, over a finding and the previous deficiency.</summary>
    Consequence,
}
