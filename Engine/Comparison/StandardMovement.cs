using Inspection.Engine.Findings;

namespace Inspection.Engine.Comparison;

/// <summary>One standard's movement between two inspections compared by their outcomes.</summary>
/// <param name="Previous">The status in the previous inspection (null when the standard was not in it).</param>
/// <param name="Current">The status now (null when the standard is not in the current version).</param>
public sealed record StandardMovement(string StandardCode, DeficiencyChange Change, FindingStatus? Previous, FindingStatus? Current);
