namespace Inspection.Engine.Findings;

/// <summary>One applicable resident's outcome, with the resident answers read.</summary>
public sealed record ResidentOutcome(string Resident, ResidentResult Result, IReadOnlyList<AnswerRead> AnswersRead);
