namespace Inspection.Api.Corrections;

public sealed record ReviewRequest(string? Note);
