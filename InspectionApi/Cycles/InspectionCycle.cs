using System.Security.Cryptography;

namespace Inspection.Api.Cycles;

/// <summary>
/// A planned round of inspections for one service type and period. Headquarters opens it; it pins the
/// rule-set version in force when it opens, and draws the seed that chooses which facilities are visited
/// unannounced (recorded, so the draw can be checked afterwards, and never shown to providers).
/// </summary>
public sealed class InspectionCycle
{
    private InspectionCycle()
    {
    }

    public InspectionCycle(string name, string serviceType, DateOnly periodStart, DateOnly periodEnd, Guid? ruleSetVersionId = null, int? unannouncedSeed = null)
    {
        Name = name;
        ServiceType = serviceType;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        RuleSetVersionId = ruleSetVersionId;
        UnannouncedSeed = unannouncedSeed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    public string ServiceType { get; private set; } = string.Empty;

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The rule-set version the cycle's visits are planned against (the one in force when it opened); null for cycles opened before pinning.</summary>
    public Guid? RuleSetVersionId { get; private set; }

    /// <summary>The seed of the draw of unannounced visits: staff only.</summary>
    public int UnannouncedSeed { get; private set; }

    public bool Covers(DateOnly date) => PeriodStart <= date && date <= PeriodEnd;
}
