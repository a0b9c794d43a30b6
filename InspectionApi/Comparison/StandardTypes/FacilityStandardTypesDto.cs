namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>One facility's results by standard type, cycle by cycle (a point is null for a cycle without a result).</summary>
public sealed record FacilityStandardTypesDto(Guid FacilityId, string Facility, string District, string Operator, IReadOnlyList<FacilityStandardTypePointDto?> Points);
