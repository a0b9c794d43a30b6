using Inspection.Api.Inspections.Strengths;

namespace Inspection.Api.Comparison.Improvement;

/// <summary>
/// A facility that improved in a domain: its place by improvement, its domain score then and now, its overall rank
/// among its peers (as the comparison ranks them), and what its provider recorded they did for the inspection's
/// strengths in the domain. A provider reading another operator's facility sees it anonymised: no name, district,
/// operator, inspection or practices.
/// </summary>
/// <param name="Place">1 for the largest improvement; equal improvements share a place.</param>
/// <param name="Rank">The facility's rank among its peers by overall score (1 is best); null when not scored.</param>
/// <param name="Practices">What the provider did, per strength of the latest inspection in this domain.</param>
public sealed record ImprovedFacilityDto(
    int Place, Guid? FacilityId, string? FacilityName, string? District, string? OperatorName, Guid? InspectionId, Guid? PreviousInspectionId,
    DateOnly? VisitDate, decimal Previous, decimal Current, decimal Improvement, int? Rank, int Peers, IReadOnlyList<StrengthDto> Practices);
