namespace Inspection.Api.Facilities;

public sealed record CreateFacilityRequest(
    string? Name, string? ServiceType, string? Region, string? District, Guid? OperatorId, int? Capacity, string? LicenceNumber, DateOnly? LicenceValidUntil);
