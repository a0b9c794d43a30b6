namespace Inspection.Web.Inspections;

/// <summary>A resident-level standard's count.</summary>
public sealed record ResidentTally(int Applicable, int Known, int Satisfying);
