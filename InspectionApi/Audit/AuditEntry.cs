namespace Inspection.Api.Audit;

/// <summary>One change, append-only: who, when, what it was before and what it became.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, Guid? userId, string? userName, string entity, string entityId, string action, string? before, string? after)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Entity = entity;
        EntityId = entityId;
        Action = action;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string Entity { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
