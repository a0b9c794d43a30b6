namespace Inspection.Api.Corrections;

public sealed record CorrectionActionDto(Guid Id, Guid FindingId, string Description, string Owner, DateOnly DueDate);
