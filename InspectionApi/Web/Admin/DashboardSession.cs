namespace Inspection.Web.Admin;

/// <summary>Where the jobs dashboard is and until when the cookie just given for it lasts.</summary>
public sealed record DashboardSession(string Dashboard, DateTimeOffset ExpiresAt);
