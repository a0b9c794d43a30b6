using Inspection.Api.Comparison.Trends;

namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>
/// A service type's results read by what their standards measure (structure, process, outcome), cycle by
/// cycle (oldest first): nationally, per district and operator, and per facility.
/// </summary>
public sealed record StandardTypeTrendsDto(
    string ServiceType,
    IReadOnlyList<TrendCycleDto> Cycles,
    StandardTypeSeriesDto National,
    IReadOnlyList<StandardTypeSeriesDto> Districts,
    IReadOnlyList<StandardTypeSeriesDto> Operators,
    IReadOnlyList<FacilityStandardTypesDto> Facilities);
