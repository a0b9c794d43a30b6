namespace Inspection.Reports.Models;

/// <summary>A resident-level standard's count: applicable residents, those with a known result (n), and those satisfying the rule (k).</summary>
public sealed record TallyLine(int Applicable, int Known, int Satisfying);
