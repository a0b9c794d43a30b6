using Inspection.Engine.Responses;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// One stored inspection as a what-if reads it: its answers as stored (JSON values, not yet typed by any
/// rule-set version), its tracer census, the deficiencies of the previous visit it was evaluated against,
/// and the columns of its stored findings that the comparison needs.
/// </summary>
public sealed record StoredResponse(
    Guid InspectionId,
    PackedAnswers Answers,
    IReadOnlyList<StoredResident> Residents,
    IReadOnlyList<StoredFinding> Findings)
{
    /// <summary>Residents with each tracer on the day, as recorded; null when none was recorded.</summary>
    public IReadOnlyDictionary<string, int>? Census { get; init; }

    /// <summary>The counted deficiencies of the previous full visit the inspection was evaluated against; null when none.</summary>
    public IReadOnlyList<PreviousDeficiency>? PreviousDeficiencies { get; init; }
}
