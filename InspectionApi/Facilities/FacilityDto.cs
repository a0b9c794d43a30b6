namespace Inspection.Api.Facilities;

public sealed record FacilityDto(
    Guid Id, string Name, string ServiceType, string Region, string District, Guid OperatorId, string OperatorName,
    int Capacity, string LicenceNumber, DateOnly LicenceValidUntil);
