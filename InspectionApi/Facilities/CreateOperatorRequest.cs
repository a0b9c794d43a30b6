namespace Inspection.Api.Facilities;

public sealed record CreateOperatorRequest(string? Name, string? RegistrationNumber);
