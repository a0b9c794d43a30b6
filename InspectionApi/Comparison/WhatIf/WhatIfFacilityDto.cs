namespace Inspection.Api.Comparison.WhatIf;

/// <summary>One facility under the draft: its stored result and the draft's, and every standard that would change.</summary>
public sealed record WhatIfFacilityDto(
    Guid FacilityId, string Facility, string District, string Operator, Guid InspectionId,
    decimal? ScoreBefore, decimal? ScoreAfter, string? RatingBefore, string? RatingAfter, int DeficienciesBefore, int DeficienciesAfter,
    IReadOnlyList<StandardChangeDto> Changes);
