namespace Inspection.Api.Audit;

public sealed record AuditEntryDto(long Id, DateTime At, Guid? UserId, string? UserName, string Entity, string EntityId, string Action, string? Before, string? After);
