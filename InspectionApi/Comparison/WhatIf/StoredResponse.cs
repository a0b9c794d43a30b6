namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// One stored inspection as a what-if reads it: its answers as stored (JSON values, not yet typed by any
/// rule-set version) and the columns of its stored findings that the comparison needs.
/// </summary>
public sealed record StoredResponse(
    Guid InspectionId,
    IReadOnlyList<(string QuestionCode, string ValueJson)> Answers,
    IReadOnlyList<StoredResident> Residents,
    IReadOnlyList<StoredFinding> Findings);
