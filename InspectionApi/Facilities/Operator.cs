namespace Inspection.Api.Facilities;

/// <summary>A provider organisation that runs facilities.</summary>
public sealed class Operator
{
    private Operator()
    {
    }

    public Operator(string name, string registrationNumber)
    {
        Name = name;
        RegistrationNumber = registrationNumber;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    public string RegistrationNumber { get; private set; } = string.Empty;
}
