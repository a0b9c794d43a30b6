namespace Inspection.Web.Headquarters;

/// <summary>One standard under the draft: facilities where it would flip or change grade.</summary>
public sealed record WhatIfStandard(string Code, string Title, bool New, int ToNotMet, int ToMet, int OtherChanges, int GradeChanges);
