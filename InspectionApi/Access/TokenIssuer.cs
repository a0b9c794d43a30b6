using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inspection.Api.Access;

/// <summary>Issues the service's own bearer tokens for signed-in users.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, string issuer, TimeSpan lifetime, TimeProvider clock)
{
    public const string Audience = "inspection-api";

    public SymmetricSecurityKey Key => key;

    public string Issuer => issuer;

    public (string Token, DateTime ExpiresAt) Issue(User user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(AccessClaims.SecurityStamp, user.SecurityStamp),
        };
        if (user.OperatorId is { } operatorId)
        {
            claims.Add(new Claim(AccessClaims.Operator, operatorId.ToString()));
        }

        if (user.District is { } district)
        {
            claims.Add(new Claim(AccessClaims.District, district));
        }

        var expires = now + lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
