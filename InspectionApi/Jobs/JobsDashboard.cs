using System.Security.Claims;
using Inspection.Api.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Jobs;

/// <summary>
/// The Hangfire dashboard at <c>/hangfire</c>, for administrators only. The API takes bearer tokens, which a
/// browser does not send when it opens a page, so an administrator exchanges a token for a short-lived
/// cookie (<c>POST /api/jobs/dashboard-session</c>, or the page <c>/jobs.html</c>): HttpOnly, SameSite=Strict,
/// sent only to <c>/hangfire</c>, never renewed. The dashboard accepts that cookie or a bearer token.
/// Anonymous: 401; signed in but not an administrator: 403.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";
    public const string Policy = "JobsDashboard";
    public const string CookieScheme = "JobsDashboardCookie";
    public const string CookieName = "inspection.jobs";

    internal static void AddCookie(AuthenticationBuilder authentication, JobsOptions options) =>
        authentication.AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = Path;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = options.DashboardSessionLifetime;
            cookie.SlidingExpiration = false;

            // An API answers with a status, not a redirect to a sign-in page it does not have.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

    internal static void MapSession(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/dashboard-session", OpenSession).WithName("OpenJobsDashboardSession").WithSummary("Open a jobs dashboard session")
            .WithDescription("Exchanges the bearer token for a short-lived cookie valid for /hangfire only (a browser sends no bearer token).").WithTags("Jobs").RequireAuthorization(Policies.Administrator);

    /// <summary>Gives the administrator who sent a bearer token a dashboard cookie.</summary>
    public static async Task<Ok<DashboardSessionDto>> OpenSession(HttpContext context, TimeProvider clock, IOptions<JobsOptions> options)
    {
        var identity = (ClaimsIdentity)context.User.Identity!;
        var session = new ClaimsIdentity(identity.Claims, CookieScheme, identity.NameClaimType, identity.RoleClaimType);
        var expires = clock.GetUtcNow() + options.Value.DashboardSessionLifetime;
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(session), new AuthenticationProperties { ExpiresUtc = expires, AllowRefresh = false });
        return TypedResults.Ok(new DashboardSessionDto(Path, expires));
    }
}
