namespace Inspection.Api.Comparison.Improvement;

/// <summary>
/// One domain: the facilities whose domain score rose most from their previous official result to their latest in
/// scope (only those whose score rose), best first, as many as asked for.
/// </summary>
/// <param name="Improved">How many facilities in scope improved in the domain, whoever reads.</param>
public sealed record DomainImprovementDto(string Domain, string Title, int Improved, IReadOnlyList<ImprovedFacilityDto> Facilities);
