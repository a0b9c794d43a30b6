namespace Inspection.Api.Facilities;

public sealed record OperatorDto(Guid Id, string Name, string RegistrationNumber);
