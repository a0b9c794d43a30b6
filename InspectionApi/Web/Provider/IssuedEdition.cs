namespace Inspection.Web.Provider;

/// <summary>One issued edition of a report (<c>GET /api/inspections/{id}/reports</c>), with its PDF's path in each language.</summary>
public sealed record IssuedEdition(string Report, int Number, DateTime IssuedAt, string Reason, string Hebrew, string English);
