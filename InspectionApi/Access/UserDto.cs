namespace Inspection.Api.Access;

public sealed record UserDto(Guid Id, string UserName, string DisplayName, Role Role, Guid? OperatorId, string? District);
