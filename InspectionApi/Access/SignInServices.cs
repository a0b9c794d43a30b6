using Inspection.Api.Data;

namespace Inspection.Api.Access;

/// <summary>What the sign-in handlers need, bound as one parameter.</summary>
public sealed record SignInServices(InspectionDbContext Db, TokenIssuer Issuer, SignInThrottle Throttle, PasswordCheck Passwords, UserStateCheck Users, TimeProvider Clock)
{
    /// <summary>
    /// Whether <paramref name="password"/> is <paramref name="user"/>'s (false for no user, after the same
    /// work; false at once for a password no account can have); null when too many checks are waiting.
    /// </summary>
    public async Task<bool?> MatchesAsync(string? password, User? user, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(password) || password.Length > PasswordRules.MaximumLength
            ? false
            : await Passwords.MatchesAsync(password, user?.PasswordHash, cancellationToken);
}
