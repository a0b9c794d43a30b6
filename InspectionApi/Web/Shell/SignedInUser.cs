namespace Inspection.Web.Shell;

/// <summary>Who is signed in on this device, and the token the API gave them.</summary>
public sealed record SignedInUser(string UserName, string Role, string AccessToken, DateTime ExpiresAt, Guid? Id, Guid? OperatorId, string? District);
