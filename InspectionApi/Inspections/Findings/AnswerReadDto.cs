namespace Inspection.Api.Inspections.Findings;

/// <summary>An answer a rule read, as displayed (null: not answered).</summary>
public sealed record AnswerReadDto(string Question, string? Value);
