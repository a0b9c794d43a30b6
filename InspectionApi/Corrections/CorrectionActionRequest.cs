namespace Inspection.Api.Corrections;

public sealed record CorrectionActionRequest(Guid? FindingId, string? Description, string? Owner, DateOnly? DueDate);
