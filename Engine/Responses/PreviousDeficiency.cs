using Inspection.Standards.Model;

namespace Inspection.Engine.Responses;

/// <summary>A deficiency of the facility's previous inspection, which consequences read as <c>p.</c>.</summary>
/// <param name="StandardCode">The standard it concerned (matched by code, so versions of a rule set compare).</param>
public sealed record PreviousDeficiency(string StandardCode, Severity Severity, Scope Scope, string Grade, bool ImmediateJeopardy);
