using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>How many deficiencies have one grade of the severity x scope grid.</summary>
public sealed record GradeCount(string Grade, Severity Severity, Scope Scope, bool ImmediateJeopardy, int Count);
