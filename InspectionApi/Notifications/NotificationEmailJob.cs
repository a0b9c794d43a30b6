using Hangfire;
using Inspection.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Notifications;

/// <summary>E-mails one notification, once: a notification already e-mailed is left alone.</summary>
public sealed class NotificationEmailJob(InspectionDbContext db, INotificationEmailSender sender, TimeProvider clock)
{
    [JobDisplayName("E-mail notification {0}")]
    public async Task<string> SendAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
        {
            return $"Notification {notificationId} does not exist: nothing sent.";
        }

        if (notification.EmailedAt is { } emailed)
        {
            return $"Notification {notificationId} was e-mailed at {emailed:u}: not sent again.";
        }

        var recipient = await db.Users.SingleAsync(u => u.Id == notification.UserId, cancellationToken);
        await sender.SendAsync(recipient, notification, cancellationToken);
        notification.MarkEmailed(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return $"Notification {notificationId} e-mailed to {recipient.UserName}.";
    }
}
