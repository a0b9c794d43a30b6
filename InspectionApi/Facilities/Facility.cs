namespace Inspection.Api.Facilities;

/// <summary>A supervised facility: its service type decides which rule set applies.</summary>
public sealed class Facility
{
    private Facility()
    {
    }

    public Facility(string name, string serviceType, string region, string district, Guid operatorId, int capacity, string licenceNumber, DateOnly licenceValidUntil)
    {
        Name = name;
        ServiceType = serviceType;
        Region = region;
        District = district;
        OperatorId = operatorId;
        Capacity = capacity;
        LicenceNumber = licenceNumber;
        LicenceValidUntil = licenceValidUntil;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    public string ServiceType { get; private set; } = string.Empty;

    public string Region { get; private set; } = string.Empty;

    public string District { get; private set; } = string.Empty;

    public Guid OperatorId { get; private set; }

    public Operator? Operator { get; private set; }

    public int Capacity { get; private set; }

    public string LicenceNumber { get; private set; } = string.Empty;

    public DateOnly LicenceValidUntil { get; private set; }
}
