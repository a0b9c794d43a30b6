namespace Inspection.Web.Headquarters;

/// <summary>One facility under the draft: its stored result, the draft's, and the standards that would change.</summary>
public sealed record WhatIfFacility(Guid FacilityId, string Facility, string District, string Operator, Guid InspectionId, decimal? ScoreBefore, decimal? ScoreAfter, string? RatingBefore, string? RatingAfter, int DeficienciesBefore, int DeficienciesAfter, IReadOnlyList<WhatIfChange> Changes);
