using Inspection.Api.Access;

namespace Inspection.Api.Notifications;

/// <summary>The default <see cref="INotificationEmailSender"/>: no mail server, a log line instead.</summary>
internal sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : INotificationEmailSender
{
    public Task SendAsync(User recipient, Notification notification, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("No mail server is configured: notification {NotificationId} for {UserName} was not e-mailed", notification.Id, recipient.UserName);
        }

        return Task.CompletedTask;
    }
}
