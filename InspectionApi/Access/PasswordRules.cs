namespace Inspection.Api.Access;

/// <summary>What a new password must be (the demo users' published password is seeded, never chosen).</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>Long enough for any passphrase; a longer one is refused before it is hashed.</summary>
    public const int MaximumLength = 256;

    /// <summary>What is wrong with <paramref name="password"/> as a new password, or null.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "a password is required",
        { Length: < MinimumLength } => $"at least {MinimumLength} characters",
        { Length: > MaximumLength } => $"at most {MaximumLength} characters",
        _ when string.IsNullOrWhiteSpace(password) => "not only spaces",
        _ => null,
    };
}
