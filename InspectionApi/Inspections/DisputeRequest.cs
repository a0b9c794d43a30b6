namespace Inspection.Api.Inspections;

public sealed record DisputeRequest(string? Reason);
