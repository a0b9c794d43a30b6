namespace Inspection.Api.Notifications;

/// <summary>A page of the caller's inbox, newest first, with how many match and how many are unread in all.</summary>
public sealed record InboxPage(IReadOnlyList<NotificationDto> Items, int Page, int PageSize, int Total, int Unread);
