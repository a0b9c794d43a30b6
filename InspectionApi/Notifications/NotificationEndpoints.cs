using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Notifications;

/// <summary>Each signed-in user's inbox: list, mark one read, mark all read.</summary>
public static class NotificationEndpoints
{
    public const int MaxPageSize = 100;

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        inbox.MapGet("/", List).WithName("ListNotifications").WithSummary("Read your notifications")
            .WithDescription("Your inbox, newest first, a page at a time (?page=&pageSize=); ?unread=true for unread ones only.").ProducesProblem(StatusCodes.Status400BadRequest);
        inbox.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Mark a notification read")
            .WithDescription("One of your notifications, read.").ProducesProblem(StatusCodes.Status404NotFound);
        inbox.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Mark all your notifications read")
            .WithDescription("Every unread notification of yours, read; says how many.");
    }

    public static async Task<Results<Ok<InboxPage>, ProblemHttpResult>> List(
        InspectionDbContext db, CurrentUser user, bool? unread, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Invalid(page is < 1 ? nameof(page) : nameof(pageSize), page is < 1 ? "Pages are numbered from 1." : $"A page holds 1 to {MaxPageSize} notifications.");
        }

        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        var query = unread == true ? mine.Where(n => n.ReadAt == null) : mine;
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var total = await query.CountAsync(cancellationToken);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((number - 1) * size).Take(size)
            .Select(n => new NotificationDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InboxPage(items, number, size, total, unreadCount));
    }

    public static async Task<Results<Ok<NotificationDto>, ProblemHttpResult>> MarkRead(
        Guid id, InspectionDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == user.Id, cancellationToken);
        if (notification is null)
        {
            return Problems.NotFound("The notification");
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new NotificationDto(notification.Id, notification.Title, notification.Body, notification.Link, notification.CreatedAt, notification.ReadAt));
    }

    public static async Task<Ok<MarkedReadDto>> MarkAllRead(InspectionDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.Where(n => n.UserId == user.Id && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new MarkedReadDto(unread.Count));
    }
}
