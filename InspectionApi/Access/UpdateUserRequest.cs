namespace Inspection.Api.Access;

public sealed record UpdateUserRequest(string? DisplayName, Role? Role, Guid? OperatorId, string? District);
