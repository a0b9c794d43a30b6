namespace Inspection.Api.Comparison;

/// <summary>The comparison of facilities for a scope, one part per service type (scores of different rule sets are not compared).</summary>
public sealed record ComparisonDto(ComparisonScope Scope, IReadOnlyList<ServiceTypeComparisonDto> ServiceTypes);
