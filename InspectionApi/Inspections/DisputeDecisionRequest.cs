namespace Inspection.Api.Inspections;

public sealed record DisputeDecisionRequest(string? Decision, string? Note);
