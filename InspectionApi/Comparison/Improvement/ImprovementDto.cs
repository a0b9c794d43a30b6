namespace Inspection.Api.Comparison.Improvement;

/// <summary>The facilities that improved most per domain, per service type in scope, next to their rank.</summary>
public sealed record ImprovementDto(IReadOnlyList<ServiceTypeImprovementDto> ServiceTypes);
