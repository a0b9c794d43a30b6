namespace Inspection.Web.Provider;

/// <summary>
/// The comparison as a provider reads it (<c>GET /api/comparison</c>): per service type, their own facilities by name
/// among anonymised peers, and the spread of every peer's scores.
/// </summary>
public sealed record PeerComparison(IReadOnlyList<PeerServiceType> ServiceTypes);
