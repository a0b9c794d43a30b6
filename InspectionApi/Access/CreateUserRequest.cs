namespace Inspection.Api.Access;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, Role? Role, string? Password, Guid? OperatorId, string? District);
