namespace Inspection.Api.Hosting;

/// <summary>Sign-in (section "Auth").</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Signing key for the service's own tokens (at least 32 bytes, base64); generated into the data folder when empty.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "inspection";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>When set, bearer tokens are validated against this OpenID Connect authority instead.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience expected from the OpenID Connect provider.</summary>
    public string? Audience { get; set; }

    /// <summary>The user name of the administrator created when the database has no user (and no demo data is seeded).</summary>
    public string FirstAdministratorUserName { get; set; } = "admin";

    /// <summary>
    /// That administrator's password (at least 12 characters), best given as the environment variable
    /// <c>Auth__FirstAdministratorPassword</c>; when empty, one is generated and printed once.
    /// </summary>
    public string? FirstAdministratorPassword { get; set; }

    /// <summary>Sign-in attempts allowed per user name in one <see cref="SignInWindow"/>, right or wrong.</summary>
    public int SignInAttemptsPerUser { get; set; } = 10;

    /// <summary>Sign-in attempts allowed per client address in one <see cref="SignInWindow"/>.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 30;

    /// <summary>The window the sign-in attempts are counted in.</summary>
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Password hashes computed at once; further sign-ins wait their turn so other requests keep a core. 0: half the cores.</summary>
    public int ConcurrentPasswordChecks { get; set; }

    /// <summary>Sign-ins that may wait for a password check before further ones are turned away (429).</summary>
    public int PasswordCheckQueue { get; set; } = 64;

    /// <summary>
    /// How long a token's user is trusted before the service looks again at whether the user still
    /// exists with the same role, district, operator and password (at most a minute).
    /// </summary>
    public TimeSpan UserCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
