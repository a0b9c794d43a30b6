using Inspection.Api.Inspections.Results;

namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>A facility's result in one cycle: its overall score and, per standard type, the Engine's figures.</summary>
public sealed record FacilityStandardTypePointDto(Guid CycleId, Guid InspectionId, string Link, decimal? OverallScore, IReadOnlyList<StandardTypeScoreDto> Types);
