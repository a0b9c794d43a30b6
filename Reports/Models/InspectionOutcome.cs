namespace Inspection.Reports.Models;

/// <summary>An inspection's result in one line: when, what kind, the score and the rating (null: not rated).</summary>
public sealed record InspectionOutcome(DateOnly VisitedOn, VisitKind Kind, decimal? OverallScore, BandLine? Rating);
