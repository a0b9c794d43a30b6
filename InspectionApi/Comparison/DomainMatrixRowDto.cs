namespace Inspection.Api.Comparison;

/// <summary>One facility's row of the domain matrix.</summary>
public sealed record DomainMatrixRowDto(string Facility, Guid? InspectionId, IReadOnlyList<decimal?> Scores);
