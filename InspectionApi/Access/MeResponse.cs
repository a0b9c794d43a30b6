namespace Inspection.Api.Access;

public sealed record MeResponse(Guid? Id, string? UserName, string? Role, Guid? OperatorId, string? District);
