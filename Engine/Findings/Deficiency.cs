using Inspection.Standards.Model;

namespace Inspection.Engine.Findings;

/// <summary>An unmet standard's deficiency: severity, scope and the grade from the rule set's grid.</summary>
/// <param name="FailingShare">Resident level: failing residents / n; null for institution level (scope declared).</param>
public sealed record Deficiency(Severity Severity, Scope Scope, string Grade, bool ImmediateJeopardy, decimal? FailingShare);
