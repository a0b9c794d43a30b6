namespace Inspection.Api.Audit;

/// <summary>
/// One change, append-only: who, when, what it was before and what it became; also failed sign-ins and
/// refused requests (<see cref="SignIn"/>, <see cref="Request"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The entity of sign-in attempts (its id is the user name tried).</summary>
    public const string SignIn = nameof(SignIn);

    /// <summary>The entity of requests refused (its id is the method and path).</summary>
    public const string Request = nameof(Request);

    /// <summary>The action of a failed sign-in.</summary>
    public const string Failed = nameof(Failed);

    /// <summary>The action of a request refused with 403.</summary>
    public const string Forbidden = nameof(Forbidden);

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
