namespace Inspection.Web.Headquarters;

/// <summary>A standard and how often it was not met among the inspections that judged it.</summary>
public sealed record FailedStandard(string Code, string Title, string Domain, int NotMet, int Judged, decimal Rate);
