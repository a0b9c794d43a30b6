using Inspection.Api.Data;
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
        group.MapPost("/token", IssueToken).AllowAnonymous();
        group.MapGet("/me", Me).RequireAuthorization();
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest request, InspectionDbContext db, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                [nameof(request.UserName)] = string.IsNullOrWhiteSpace(request.UserName) ? ["a user name is required"] : [],
                [nameof(request.Password)] = string.IsNullOrEmpty(request.Password) ? ["a password is required"] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken);
        if (user is null || !PasswordHasher.Verify(request.Password, user.PasswordHash))
        {
            return TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: "The user name or password is wrong.");
        }

        var (token, expires) = issuer.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expires, user.UserName, user.Role.ToString()));
    }

    public static Ok<MeResponse> Me(CurrentUser user) =>
        TypedResults.Ok(new MeResponse(user.Id, user.UserName, user.Role?.ToString(), user.OperatorId, user.District));
}
