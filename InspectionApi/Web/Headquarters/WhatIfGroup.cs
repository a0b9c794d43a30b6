namespace Inspection.Web.Headquarters;

/// <summary>A group's movement under the draft.</summary>
public sealed record WhatIfGroup(string Key, string Name, int Facilities, decimal? MeanScoreBefore, decimal? MeanScoreAfter, int RatingsUp, int RatingsDown, int RatingsSame, int NotRatedBefore, int NotRatedAfter, int FacilitiesWithFlips, int ToNotMet, int ToMet, int GradeChanges);
