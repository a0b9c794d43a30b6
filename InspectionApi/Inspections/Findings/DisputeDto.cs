namespace Inspection.Api.Inspections.Findings;

public sealed record DisputeDto(
    Guid Id, Guid FindingId, Guid InspectionId, string Reason, DateTime RaisedAt, string? Decision, string? DecisionNote, DateTime? DecidedAt);
