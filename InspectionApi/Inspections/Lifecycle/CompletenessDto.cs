namespace Inspection.Api.Inspections.Lifecycle;

/// <summary>
/// What a submission would find missing now: the standards that cannot be judged yet with what they
/// need, and the sampling plan's remaining needs. <see cref="IsComplete"/> when both are empty.
/// </summary>
public sealed record CompletenessDto(bool IsComplete, IReadOnlyList<IncompleteStandardDto> Incomplete, IReadOnlyList<SamplingNeedDto> Sampling);
