namespace Inspection.Web.Headquarters;

/// <summary>A facility's latest result in the view and its standing among peers.</summary>
public sealed record FacilityStanding(Guid? FacilityId, string Facility, string? District, string? Operator, string SizeBand, DateOnly? VisitDate, string RuleSet, decimal? OverallScore, string? Rating, decimal? EvidenceCoverage, int Deficiencies, int? Rank, int Peers, decimal? Percentile, Guid? InspectionId);
