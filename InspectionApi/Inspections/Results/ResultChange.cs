namespace Inspection.Api.Inspections.Results;

/// <summary>A change of an inspection's result after it was first recorded (a finding withdrawn after a dispute), and why.</summary>
public sealed record ResultChange(DateTime At, string Reason, decimal? ScoreBefore, string? RatingBefore, decimal? ScoreAfter, string? RatingAfter);
