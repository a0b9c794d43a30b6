namespace Inspection.Api.Inspections.Results;

/// <summary>
/// How one standard's deficiency moved since the previous inspection (New, Resolved, Persisting, Repeated,
/// Unverified), titled in the reader's language, with its finding's status and grade then and now.
/// </summary>
public sealed record DeficiencyMovementDto(
    string StandardCode, string Title, string Change, string? PreviousStatus, string? CurrentStatus, string? PreviousGrade, string? CurrentGrade);
