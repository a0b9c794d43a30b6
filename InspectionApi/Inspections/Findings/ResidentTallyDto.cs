namespace Inspection.Api.Inspections.Findings;

/// <summary>A resident-level standard's count: applicable residents, those with a known result, those satisfying the rule.</summary>
public sealed record ResidentTallyDto(int Applicable, int Known, int Satisfying);
