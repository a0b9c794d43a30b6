using System.Text.Json;
using Inspection.Api.Access;
using Inspection.Api.Data;

namespace Inspection.Api.Audit;

/// <summary>
/// Records every request refused with 403 in the audit log: who, which method and path, when. Written
/// in its own scope once the response is decided, so nothing the refused request may have begun is
/// saved with it. Bodies and query strings are not recorded.
/// </summary>
internal sealed class ForbiddenRequestAudit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status403Forbidden)
        {
            return;
        }

        var user = context.RequestServices.GetRequiredService<CurrentUser>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var request = $"{context.Request.Method} {context.Request.Path}";
        var details = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Method"] = context.Request.Method,
            ["Path"] = context.Request.Path.Value,
            ["Role"] = user.Role?.ToString(),
        });
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user.Id, user.UserName, AuditEntry.Request,
            request[..Math.Min(request.Length, 100)], AuditEntry.Forbidden, null, details));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
