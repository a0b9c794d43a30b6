namespace Inspection.Standards.Language;

/// <summary>One field a consequence reads from a finding (<c>f.</c>) or a previous deficiency (<c>p.</c>).</summary>
/// <param name="Name">The field's name, as written after the prefix.</param>
/// <param name="Kind">How it is used: text (compared with a quoted value) or a truth value (used on its own).</param>
/// <param name="Values">For text fields with a closed set of values, those values; empty otherwise.</param>
public sealed record RuleField(string Name, RuleFieldKind Kind, IReadOnlyList<string> Values);
