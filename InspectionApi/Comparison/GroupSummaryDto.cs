namespace Inspection.Api.Comparison;

/// <summary>
/// The results of a group of facilities (the nation, a district, an operator): how many, the spread of
/// overall scores and of each domain's, the ratings given, how many results have no final rating (not
/// rated: insufficient evidence), and the inspections behind the figures (those the reader may see).
/// </summary>
public sealed record GroupSummaryDto(
    string Key,
    string Name,
    int Facilities,
    Spread? OverallScore,
    IReadOnlyDictionary<string, Spread?> Domains,
    IReadOnlyDictionary<string, int> Ratings,
    int NotRated,
    int Deficiencies,
    IReadOnlyList<Guid> Inspections);
