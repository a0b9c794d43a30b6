namespace Inspection.Web.Admin;

/// <summary>An operator as <c>GET /api/operators</c> gives it, for binding a provider's account to it.</summary>
public sealed record OperatorSummary(Guid Id, string Name, string RegistrationNumber);
