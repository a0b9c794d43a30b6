using System.Collections.Concurrent;
using System.Security.Claims;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Access;

/// <summary>
/// Whether the user a token speaks for still is what the token says: the token carries the user's
/// security stamp, and a user deleted, given another role, district or operator, or a new password has
/// a new one (or none). The stamp is read from the database at most once per
/// <see cref="AuthOptions.UserCheckInterval"/> per user on each node, and at once on the node that made
/// the change, so an old token stops working within that interval everywhere.
/// </summary>
public sealed class UserStateCheck(IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, (string? Stamp, DateTimeOffset ReadAt)> _stamps = new();
    private readonly TimeSpan _interval = options.Value.UserCheckInterval;

    /// <summary>For the bearer handler: refuses a token whose user changed since it was issued.</summary>
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var check = context.HttpContext.RequestServices.GetRequiredService<UserStateCheck>();
        if (!Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !await check.IsCurrentAsync(userId, principal.FindFirstValue(AccessClaims.SecurityStamp), context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            context.Fail("The user has changed since this token was issued (deleted, another role, district or operator, or a new password): sign in again.");
        }
    }

    public async Task<bool> IsCurrentAsync(Guid userId, string? stamp, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!_stamps.TryGetValue(userId, out var known) || now - known.ReadAt >= _interval)
        {
            var db = services.GetRequiredService<InspectionDbContext>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
            known = (current, now);
            _stamps[userId] = known;
        }

        return string.Equals(known.Stamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>Drops what this node knows of a user it has just changed, so the change applies here at once.</summary>
    public void Forget(Guid userId) => _stamps.TryRemove(userId, out _);
}
