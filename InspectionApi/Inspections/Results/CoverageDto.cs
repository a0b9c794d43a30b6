namespace Inspection.Api.Inspections.Results;

/// <summary>
/// Evidence coverage: the weighted share of applicable standards judged, the policy's minimum, whether that
/// is enough for a rating, the standards not judged and, of those, the ones that must be judged.
/// </summary>
public sealed record CoverageDto(decimal? Share, decimal Minimum, bool Sufficient, IReadOnlyList<string> Unjudged, IReadOnlyList<string> RequiredUnjudged);
