namespace Inspection.Api.Comparison.Trends;

/// <summary>A group's results cycle by cycle (one point per cycle, in the order of the cycles).</summary>
public sealed record TrendSeriesDto(string Key, string Name, IReadOnlyList<TrendPointDto> Points);
