using Inspection.Api.Access;

namespace Inspection.Api.Notifications;

/// <summary>
/// Sends a notification by e-mail. Optional: the service runs without one (the default only logs that a
/// message would have gone out); register another implementation to deliver mail.
/// </summary>
public interface INotificationEmailSender
{
    Task SendAsync(User recipient, Notification notification, CancellationToken cancellationToken);
}
