using Inspection.Engine.Findings;

namespace Inspection.Engine.Comparison;

/// <summary>One standard's movement between inspections.</summary>
/// <param name="Previous">The previous inspection's finding (null when the standard was not in it).</param>
/// <param name="Current">The current finding (null when the standard is not in the current version).</param>
public sealed record DeficiencyMovement(string StandardCode, DeficiencyChange Change, Finding? Previous, Finding? Current);
