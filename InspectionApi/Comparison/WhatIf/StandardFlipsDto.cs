namespace Inspection.Api.Comparison.WhatIf;

/// <summary>One standard under the draft: facilities where it would become not met, become met, change otherwise, or change grade.</summary>
public sealed record StandardFlipsDto(string Code, string Title, bool New, int ToNotMet, int ToMet, int OtherChanges, int GradeChanges, IReadOnlyList<Guid> Inspections);
