namespace Inspection.Api.Comparison;

/// <summary>The standards most often found not met, nationally and per district and operator.</summary>
public sealed record MostFailedDto(IReadOnlyList<FailedStandardDto> National, IReadOnlyList<GroupFailuresDto> Districts, IReadOnlyList<GroupFailuresDto> Operators);
