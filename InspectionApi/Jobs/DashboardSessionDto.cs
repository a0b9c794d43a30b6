namespace Inspection.Api.Jobs;

/// <summary>Where the dashboard is and when the cookie just given for it expires.</summary>
public sealed record DashboardSessionDto(string Dashboard, DateTimeOffset ExpiresAt);
