namespace Inspection.Api.Comparison;

/// <summary>
/// A facility's latest official result in the scope. For an anonymised peer (providers reading other
/// operators' facilities) the identity, district, operator and inspection are left out.
/// </summary>
public sealed record FacilityComparisonDto(
    Guid? FacilityId,
    string Facility,
    bool Anonymised,
    string? District,
    string? Operator,
    string SizeBand,
    DateOnly? VisitDate,
    string RuleSet,
    decimal? OverallScore,
    string? Rating,
    decimal? EvidenceCoverage,
    IReadOnlyDictionary<string, decimal?> DomainScores,
    int Deficiencies,
    IReadOnlyDictionary<string, int> DeficienciesByGrade,
    int? Rank,
    int Peers,
    decimal? Percentile,
    Guid? InspectionId,
    string? Link);
