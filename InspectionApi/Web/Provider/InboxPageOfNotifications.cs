namespace Inspection.Web.Provider;

/// <summary>A page of the inbox, with how many notifications are unread in all.</summary>
public sealed record InboxPageOfNotifications(IReadOnlyList<InboxNotification> Items, int Page, int PageSize, int Total, int Unread);
