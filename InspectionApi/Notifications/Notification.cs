namespace Inspection.Api.Notifications;

/// <summary>
/// A message to one user, kept in their inbox. <see cref="Key"/> names the event it tells of (for example
/// <c>job-failed:42</c>); one user gets one notification per key, however often a job runs.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid userId, string key, string title, string body, string? link, DateTime createdAt)
    {
        UserId = userId;
        Key = key;
        Title = title;
        Body = body;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Where in the service to look (a path), if anywhere.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public DateTime? EmailedAt { get; private set; }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTime at) => ReadAt ??= at;

    public void MarkEmailed(DateTime at) => EmailedAt ??= at;
}
