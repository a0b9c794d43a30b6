namespace Inspection.Api.Inspections.Answers;

/// <summary>A sampled resident to add or change; <see cref="Tracers"/> null leaves the marked tracers as they are.</summary>
public sealed record ResidentChange(string Code, IReadOnlyList<string>? Tracers, IReadOnlyList<AnswerChange> Answers, string Field);
