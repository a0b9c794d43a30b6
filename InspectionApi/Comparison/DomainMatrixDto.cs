namespace Inspection.Api.Comparison;

/// <summary>Domain scores as a facility x domain grid (for a heat map): each row's scores follow <see cref="Domains"/>.</summary>
public sealed record DomainMatrixDto(IReadOnlyList<string> Domains, IReadOnlyList<DomainMatrixRowDto> Rows);
