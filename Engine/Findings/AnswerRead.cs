using Inspection.Engine.Responses;

namespace Inspection.Engine.Findings;

/// <summary>One answer a rule read, and its value (null when not answered).</summary>
public readonly record struct AnswerRead(string Question, AnswerValue? Value);
