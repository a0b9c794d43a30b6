namespace Inspection.Api.Comparison;

/// <summary>
/// A standard and how often it was not met: deficiencies among the inspections that judged it (a
/// withdrawn finding counts in neither), and the inspections where it was not met.
/// </summary>
public sealed record FailedStandardDto(string Code, string Title, string Domain, int NotMet, int Judged, decimal Rate, IReadOnlyList<Guid> Inspections);
