namespace Inspection.Api.Corrections;

/// <summary>A correction or improvement plan with its actions.</summary>
public sealed record CorrectionPlanDto(Guid Id, Guid InspectionId, string Purpose, string Status, int Version, string? ReviewNote, IReadOnlyList<CorrectionActionDto> Actions);
