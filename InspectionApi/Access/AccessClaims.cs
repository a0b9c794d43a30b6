namespace Inspection.Api.Access;

/// <summary>The claims the service adds beyond the standard ones.</summary>
public static class AccessClaims
{
    public const string Operator = "operator";
    public const string District = "district";

    /// <summary>The user's security stamp when the token was issued (see <see cref="User.SecurityStamp"/>).</summary>
    public const string SecurityStamp = "stamp";
}
