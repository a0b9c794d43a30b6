namespace Inspection.Api.Comparison.Trends;

/// <summary>Results across a service type's cycles (oldest first): nationally, per district, per operator and per facility.</summary>
public sealed record TrendsDto(
    string ServiceType,
    IReadOnlyList<TrendCycleDto> Cycles,
    TrendSeriesDto National,
    IReadOnlyList<TrendSeriesDto> Districts,
    IReadOnlyList<TrendSeriesDto> Operators,
    IReadOnlyList<FacilityTrendDto> Facilities);
