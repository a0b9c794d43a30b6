using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>An answer a rule read: the question, its text, and the value given (null: not answered).</summary>
public sealed record AnswerLine(string Question, LocalizedText Text, string? Value);
