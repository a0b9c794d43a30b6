namespace Inspection.Api.Comparison.Improvement;

/// <summary>One service type's domains, each with the facilities whose score in it rose most.</summary>
public sealed record ServiceTypeImprovementDto(string ServiceType, IReadOnlyList<DomainImprovementDto> Domains);
