namespace Inspection.Api.Comparison.Amendments;

/// <summary>One group's amendment rate: findings amended by the supervisor (an amendment that counts) over findings computed.</summary>
/// <param name="Key">The supervisor's id, the district's code, or "national".</param>
/// <param name="Rate">Amended / computed; null when nothing was computed.</param>
public sealed record AmendmentRateDto(string Key, string Name, int Inspections, int Amended, int Computed, decimal? Rate);
