namespace Inspection.Web.Provider;

/// <summary>One service type's part of the comparison: its domains, each facility's latest result, and the national spread.</summary>
public sealed record PeerServiceType(string ServiceType, IReadOnlyList<PeerDomain> Domains, IReadOnlyList<PeerFacility> Facilities, PeerGroup National);
