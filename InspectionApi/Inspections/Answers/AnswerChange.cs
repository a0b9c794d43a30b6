using Inspection.Engine.Responses;

namespace Inspection.Api.Inspections.Answers;

/// <summary>One answer to set (or, with a null value, to clear), and the request field it came from.</summary>
public sealed record AnswerChange(string QuestionCode, AnswerValue? Value, string Field);
