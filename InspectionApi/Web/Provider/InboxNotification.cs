namespace Inspection.Web.Provider;

/// <summary>A notification in the signed-in user's inbox (<c>GET /api/notifications</c>).</summary>
public sealed record InboxNotification(Guid Id, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);
