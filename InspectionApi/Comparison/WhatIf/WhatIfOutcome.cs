namespace Inspection.Api.Comparison.WhatIf;

/// <summary>One stored inspection evaluated against the draft: what it was, what it would be, or why the draft could not read it.</summary>
public sealed record WhatIfOutcome(
    OfficialResult Result, decimal? ScoreAfter, string? RatingAfter, int DeficienciesBefore, int DeficienciesAfter,
    IReadOnlyList<StandardChangeDto> Changes, string? Error);
