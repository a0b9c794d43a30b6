namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// A group's movement under the draft: mean overall score before and after, ratings raised, lowered and
/// kept (among results rated both before and after), results without a final rating before and after
/// (not rated: insufficient evidence), facilities with any standard flipped, standards that would become
/// not met or met, grade changes, and the inspections behind it.
/// </summary>
public sealed record WhatIfGroupDto(
    string Key, string Name, int Facilities, decimal? MeanScoreBefore, decimal? MeanScoreAfter, int RatingsUp, int RatingsDown, int RatingsSame,
    int NotRatedBefore, int NotRatedAfter,
    int FacilitiesWithFlips, int ToNotMet, int ToMet, int GradeChanges, IReadOnlyList<Guid> Inspections);
