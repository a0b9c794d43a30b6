namespace Inspection.Web.Inspections;

/// <summary>An answer a rule read (null: not answered).</summary>
public sealed record AnswerRead(string Question, string? Value);
