namespace Inspection.Web.Inspections;

/// <summary>A past inspection in one line.</summary>
public sealed record BriefOutcome(DateOnly VisitedOn, decimal? OverallScore);
