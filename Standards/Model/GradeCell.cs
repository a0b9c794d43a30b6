namespace Inspection.Standards.Model;

/// <summary>One cell of the severity x scope grid.</summary>
public sealed record GradeCell(Severity Severity, Scope Scope, string Grade, bool ImmediateJeopardy);
