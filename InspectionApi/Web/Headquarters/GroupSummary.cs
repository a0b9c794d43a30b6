namespace Inspection.Web.Headquarters;

/// <summary>The results of a group (the nation, a district, an operator): how many, the spread of scores, ratings and those not rated.</summary>
public sealed record GroupSummary(string Key, string Name, int Facilities, ScoreSpread? OverallScore, IReadOnlyDictionary<string, int> Ratings, int NotRated, int Deficiencies);
