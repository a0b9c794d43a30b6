namespace Inspection.Standards.Model;

/// <summary>
/// A when-then rule of the rule set over one finding of the inspection (<c>f.</c>) and, when it reads
/// <c>p.</c>, the previous inspection's deficiency of the same standard: what follows from a result
/// (a follow-up visit, an escalation, a raised grade, no rating).
/// </summary>
/// <param name="Code">Unique within the rule set, lower-case words joined by dashes.</param>
/// <param name="When">The condition, in the rule language over <c>f.</c> and <c>p.</c>.</param>
/// <param name="Then">What follows.</param>
/// <param name="Reason">Why, in Hebrew and English, for the report.</param>
public sealed record Consequence(string Code, string When, ConsequenceAction Then, LocalizedText Reason);
