namespace Inspection.Api.Access;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
