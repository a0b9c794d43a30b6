namespace Inspection.Web.Headquarters;

/// <summary>How one standard of one facility would change.</summary>
public sealed record WhatIfChange(string Code, string? Before, string? After, string? GradeBefore, string? GradeAfter);
