namespace Inspection.Api.Access;

public sealed record TokenRequest(string? UserName, string? Password);
