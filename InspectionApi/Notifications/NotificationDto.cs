namespace Inspection.Api.Notifications;

/// <summary>A notification in the caller's inbox.</summary>
public sealed record NotificationDto(Guid Id, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);
