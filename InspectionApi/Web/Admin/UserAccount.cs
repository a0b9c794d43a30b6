namespace Inspection.Web.Admin;

/// <summary>An account as <c>GET /api/users</c> gives it.</summary>
public sealed record UserAccount(Guid Id, string UserName, string DisplayName, string Role, Guid? OperatorId, string? District);
