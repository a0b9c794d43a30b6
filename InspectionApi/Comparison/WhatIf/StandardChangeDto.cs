namespace Inspection.Api.Comparison.WhatIf;

/// <summary>How one standard of one facility would change: status (null: not in that version) and grade, before and after.</summary>
public sealed record StandardChangeDto(string Code, string? Before, string? After, string? GradeBefore, string? GradeAfter);
