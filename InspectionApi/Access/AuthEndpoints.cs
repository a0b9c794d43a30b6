using System.Text.Json;
using Inspection.Api.Audit;
using Inspection.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Api.Access;

/// <summary>Signing in with the service's own accounts (the embedded default; production may use OpenID Connect instead).</summary>
public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");
        group.MapPost("/token", IssueToken).WithName("SignIn").WithSummary("Sign in")
            .WithDescription("Exchanges a user name and password for a bearer token (8 hours by default). Too many attempts for one user name or from one address answer 429 with Retry-After, the right password included.")
            .AllowAnonymous().RequireRateLimiting(SignInThrottle.AddressPolicy);
        group.MapGet("/me", Me).WithName("GetMe").WithSummary("Who am I")
            .WithDescription("The signed-in user: name, role, and the district or operator the role is bound to.").RequireAuthorization();
        group.MapPost("/password", ChangePassword).WithName("ChangePassword").WithSummary("Change your own password")
            .WithDescription("Checks the current password, sets the new one and returns a new token; tokens issued before stop working.")
            .ProducesProblem(404).RequireAuthorization().RequireRateLimiting(SignInThrottle.AddressPolicy);
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, HttpContext http, [AsParameters] SignInServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                [nameof(request.UserName)] = string.IsNullOrWhiteSpace(request.UserName) ? ["a user name is required"] : [],
                [nameof(request.Password)] = string.IsNullOrEmpty(request.Password) ? ["a password is required"] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }

        if (services.Throttle.Attempt(request.UserName) is { } wait)
        {
            return SignInThrottle.TooMany(http, wait, "Too many sign-in attempts for this user name.");
        }

        var user = request.UserName.Length <= UserNames.MaximumLength
            ? await services.Db.Users.SingleOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken)
            : null;
        var matches = await services.MatchesAsync(request.Password, user, cancellationToken);
        if (matches is null)
        {
            return SignInThrottle.TooMany(http, TimeSpan.FromSeconds(1), "The service is checking too many sign-ins at once.");
        }

        if (user is null || matches is false)
        {
            await RecordFailedSignInAsync(services, http, request.UserName, user, cancellationToken);
            return TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: "The user name or password is wrong.");
        }

        var (token, expires) = services.Issuer.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expires, user.UserName, user.Role.ToString()));
    }

    public static Ok<MeResponse> Me(CurrentUser user) =>
        TypedResults.Ok(new MeResponse(user.Id, user.UserName, user.Role?.ToString(), user.OperatorId, user.District));

    /// <summary>Changes the signed-in user's own password; every token issued before stops working, and a new one is returned.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, HttpContext http, CurrentUser current, [AsParameters] SignInServices services, CancellationToken cancellationToken)
    {
        if (PasswordRules.Problem(request.NewPassword) is { } weak)
        {
            return Problems.Invalid(nameof(request.NewPassword), weak);
        }

        var user = await services.Db.Users.SingleOrDefaultAsync(u => u.Id == current.Id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound("Your account");
        }

        if (services.Throttle.Attempt(user.UserName) is { } wait)
        {
            return SignInThrottle.TooMany(http, wait, "Too many sign-in attempts for this user name.");
        }

        var matches = await services.MatchesAsync(request.CurrentPassword, user, cancellationToken);
        if (matches is null)
        {
            return SignInThrottle.TooMany(http, TimeSpan.FromSeconds(1), "The service is checking too many sign-ins at once.");
        }

        if (matches is false)
        {
            await RecordFailedSignInAsync(services, http, user.UserName, user, cancellationToken);
            return Problems.Invalid(nameof(request.CurrentPassword), "this is not your current password");
        }

        user.SetPasswordHash(PasswordHasher.Hash(request.NewPassword!));
        await services.Db.SaveChangesAsync(cancellationToken);
        services.Users.Forget(user.Id);
        var (token, expires) = services.Issuer.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expires, user.UserName, user.Role.ToString()));
    }

    /// <summary>
    /// A failed sign-in in the audit log: the name tried (cleaned, cut to the column), whether it exists,
    /// and the client address; never the password.
    /// </summary>
    private static async Task RecordFailedSignInAsync(SignInServices services, HttpContext http, string userName, User? user, CancellationToken cancellationToken)
    {
        var name = PlainText.Strip(userName.Trim());
        name = name[..Math.Min(name.Length, UserNames.MaximumLength)];
        var details = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Address"] = http.Connection.RemoteIpAddress?.ToString(),
            ["Reason"] = user is null ? "unknown user name" : "wrong password",
        });
        services.Db.AuditLog.Add(new AuditEntry(services.Clock.GetUtcNow().UtcDateTime, user?.Id, name, AuditEntry.SignIn, name, AuditEntry.Failed, null, details));
        await services.Db.SaveChangesAsync(cancellationToken);
    }
}
