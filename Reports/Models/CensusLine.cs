namespace Inspection.Reports.Models;

/// <summary>The tracer census recorded at one visit.</summary>
public sealed record CensusLine(DateOnly RecordedOn, IReadOnlyList<TracerCount> Counts);
