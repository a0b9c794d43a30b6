namespace Inspection.Api.Facilities;

public sealed record OperatorDto(Guid Id, string Name, string RegistrationNumber);

public sealed record FacilityDto(
    Guid Id, string Name, string ServiceType, string Region, string District, Guid OperatorId, string OperatorName,
    int Capacity, string LicenceNumber, DateOnly LicenceValidUntil);

public sealed record CreateOperatorRequest(string? Name, string? RegistrationNumber);

public sealed record CreateFacilityRequest(
    string? Name, string? ServiceType, string? Region, string? District, Guid? OperatorId, int? Capacity, string? LicenceNumber, DateOnly? LicenceValidUntil);
