namespace Inspection.Api.Comparison.Trends;

/// <summary>One facility's results cycle by cycle (a point is null for a cycle without a result).</summary>
public sealed record FacilityTrendDto(Guid FacilityId, string Facility, string District, string Operator, IReadOnlyList<FacilityTrendPointDto?> Points);
