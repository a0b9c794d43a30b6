namespace Inspection.Web.Provider;

/// <summary>A facility as the provider's screens read it (<c>GET /api/facilities</c>).</summary>
public sealed record OwnFacility(
    Guid Id, string Name, string ServiceType, string Region, string District, Guid OperatorId, string OperatorName,
    int Capacity, string LicenceNumber, DateOnly LicenceValidUntil);
