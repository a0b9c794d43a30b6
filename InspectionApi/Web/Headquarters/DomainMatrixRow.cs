namespace Inspection.Web.Headquarters;

/// <summary>One facility's row of the domain matrix.</summary>
public sealed record DomainMatrixRow(string Facility, Guid? InspectionId, IReadOnlyList<decimal?> Scores);
