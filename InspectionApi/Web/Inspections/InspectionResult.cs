namespace Inspection.Web.Inspections;

/// <summary>An evaluated inspection's result: scores, the band the score reaches, the rating after caps, coverage and strengths.</summary>
public sealed record InspectionResult(
    DateTime EvaluatedAt, decimal? OverallScore, string? ScoreBand, string? Rating, IReadOnlyList<string> NotRatedReasons,
    IReadOnlyList<AppliedCap> Caps, IReadOnlyList<DomainScore> Domains, Coverage? Coverage, IReadOnlyList<Consequence> Consequences,
    int? FollowUpWithinDays, string? EscalateTo, IReadOnlyList<Strength>? Strengths);
