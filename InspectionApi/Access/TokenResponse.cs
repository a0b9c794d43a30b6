namespace Inspection.Api.Access;

public sealed record TokenResponse(string AccessToken, string TokenType, DateTime ExpiresAt, string UserName, string Role);
