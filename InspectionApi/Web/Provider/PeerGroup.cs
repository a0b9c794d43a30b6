namespace Inspection.Web.Provider;

/// <summary>The results of a group of facilities: how many, and the spread of their overall and domain scores.</summary>
public sealed record PeerGroup(string Key, string Name, int Facilities, ScoreSpread? OverallScore, IReadOnlyDictionary<string, ScoreSpread?> Domains, int NotRated);
