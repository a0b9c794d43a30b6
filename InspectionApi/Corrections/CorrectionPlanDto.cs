namespace Inspection.Api.Corrections;

public sealed record CorrectionPlanDto(Guid Id, Guid InspectionId, string Status, int Version, string? ReviewNote, IReadOnlyList<CorrectionActionDto> Actions);
