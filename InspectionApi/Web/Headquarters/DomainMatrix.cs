namespace Inspection.Web.Headquarters;

/// <summary>Domain scores as a facility x domain grid: each row's scores follow the domains.</summary>
public sealed record DomainMatrix(IReadOnlyList<string> Domains, IReadOnlyList<DomainMatrixRow> Rows);
