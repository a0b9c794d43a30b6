using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Notifications;

/// <summary>
/// Puts notifications in users' inboxes, in the caller's unit of work (saved with the caller's next
/// <c>SaveChanges</c>). A user who already has a notification with the same key gets no second one: the
/// check here spares a failed save, the unique index on (user, key) is what guarantees it.
/// </summary>
public sealed class Notifier(InspectionDbContext db, JobOutbox jobs, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Notifies each of <paramref name="userIds"/> that has no notification with <paramref name="key"/> yet; returns those added.</summary>
    public async Task<IReadOnlyList<Notification>> NotifyAsync(IReadOnlyCollection<Guid> userIds, string key, string title, string body, string? link, CancellationToken cancellationToken)
    {
        var already = await db.Notifications.Where(n => n.Key == key && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var pending = db.Notifications.Local.Where(n => n.Key == key).Select(n => n.UserId);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = userIds.Distinct().Except(already).Except(pending).Select(user => new Notification(user, key, title, body, link, now)).ToList();
        db.Notifications.AddRange(added);
        if (options.Value.SendEmail)
        {
            foreach (var notification in added)
            {
                var id = notification.Id;
                jobs.Add<NotificationEmailJob>(db, job => job.SendAsync(id, CancellationToken.None));
            }
        }

        return added;
    }

    /// <summary>Notifies every user with <paramref name="role"/>.</summary>
    public async Task<IReadOnlyList<Notification>> NotifyRoleAsync(Role role, string key, string title, string body, string? link, CancellationToken cancellationToken)
    {
        var users = await db.Users.Where(u => u.Role == role).Select(u => u.Id).ToListAsync(cancellationToken);
        return await NotifyAsync(users, key, title, body, link, cancellationToken);
    }
}
