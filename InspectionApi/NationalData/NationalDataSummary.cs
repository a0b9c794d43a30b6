namespace Inspection.Api.NationalData;

/// <summary>What a generation made.</summary>
public sealed record NationalDataSummary(int Facilities, int Cycles, int Inspections, int SelfAssessments);
