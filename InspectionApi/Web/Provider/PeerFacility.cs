namespace Inspection.Web.Provider;

/// <summary>A facility's latest result and standing; for an anonymised peer, without name, district, operator or inspection.</summary>
public sealed record PeerFacility(
    Guid? FacilityId, string Facility, bool Anonymised, string SizeBand, DateOnly? VisitDate, decimal? OverallScore, string? Rating,
    IReadOnlyDictionary<string, decimal?> DomainScores, int Deficiencies, int? Rank, int Peers, decimal? Percentile, Guid? InspectionId);
