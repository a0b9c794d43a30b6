using Inspection.Api.Inspections.Answers;
using Inspection.Engine.Responses;

namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// One stored inspection as a what-if reads it: its response snapshot (answers as stored, JSON values not
/// yet typed by any rule-set version; residents; tracer census), the deficiencies of the previous visit it
/// was evaluated against, and the columns of its stored findings that the comparison needs.
/// </summary>
public sealed record StoredResponse(
    Guid InspectionId,
    PackedResponse Response,
    IReadOnlyList<StoredFinding> Findings)
{
    /// <summary>The counted deficiencies of the previous full visit the inspection was evaluated against; null when none.</summary>
    public IReadOnlyList<PreviousDeficiency>? PreviousDeficiencies { get; init; }
}
