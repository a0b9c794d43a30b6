namespace Inspection.Api.Inspections.Results;

/// <summary>A rating cap that held an inspection's rating down, with its reason in both languages.</summary>
public sealed record AppliedCap(string Code, string MaxRating, string ReasonHe, string ReasonEn);
