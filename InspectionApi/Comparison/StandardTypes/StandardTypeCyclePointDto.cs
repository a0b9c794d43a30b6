namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>A group's facilities with a scored result in one cycle, and per standard type what their results say.</summary>
/// <param name="Inspections">The inspections behind the figures that the reader may see.</param>
public sealed record StandardTypeCyclePointDto(Guid CycleId, int Facilities, IReadOnlyList<StandardTypeSummaryDto> Types, IReadOnlyList<Guid> Inspections);
