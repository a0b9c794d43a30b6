using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A deficiency: grade, severity and scope, a statement in words, and the residents concerned.</summary>
/// <param name="ResidentsConcerned">Pseudonymous codes of the residents whose care failed (never names).</param>
public sealed record DeficiencyLine(
    string Grade,
    Severity Severity,
    Scope Scope,
    bool ImmediateJeopardy,
    LocalizedText Statement,
    IReadOnlyList<string> ResidentsConcerned);
