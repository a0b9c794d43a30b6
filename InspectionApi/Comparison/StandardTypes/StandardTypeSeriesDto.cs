namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>Figures by standard type of a group of facilities (the nation, a district, an operator), one point per cycle.</summary>
public sealed record StandardTypeSeriesDto(string Key, string Name, IReadOnlyList<StandardTypeCyclePointDto> Points);
