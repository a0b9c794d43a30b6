namespace Inspection.Api.Access;

public sealed record SetPasswordRequest(string? Password);
