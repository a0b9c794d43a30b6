namespace Inspection.Api.Cycles;

/// <summary>A planned round of inspections for one service type and period.</summary>
public sealed class InspectionCycle
{
    private InspectionCycle()
    {
    }

    public InspectionCycle(string name, string serviceType, DateOnly periodStart, DateOnly periodEnd)
    {
        Name = name;
        ServiceType = serviceType;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    public string ServiceType { get; private set; } = string.Empty;

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }
}
