namespace Inspection.Standards.Language;

/// <summary>One expression of a rule set, where it stands and what it may read.</summary>
/// <param name="Owner">The code of the standard, question, tracer or consequence it belongs to.</param>
/// <param name="Path">The catalog node path (<c>standards[3].rule</c>).</param>
/// <param name="Text">The expression.</param>
/// <param name="Kind">What kind of expression it is.</param>
/// <param name="ResidentAllowed">Whether it may read the sampled resident's answers (<c>r.</c>).</param>
public sealed record RuleExpression(string Owner, string Path, string Text, RuleExpressionKind Kind, bool ResidentAllowed);
