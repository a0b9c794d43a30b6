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
}
