namespace Inspection.Web.Inspections;

/// <summary>An evaluated inspection's result: scores, the band the score reaches, the rating after caps, coverage and strengths.</summary>
public sealed record InspectionResult(
    DateTime EvaluatedAt, decimal? OverallScore, string? ScoreBand, string? Rating, IReadOnlyList<string> NotRatedReasons,
    IReadOnlyList<AppliedCap> Caps, IReadOnlyList<DomainScore> Domains, Coverage? Coverage, IReadOnlyList<Consequence> Consequences,
    int? FollowUpWithinDays, string? EscalateTo, IReadOnlyList<Strength>? Strengths);

/// <summary>A cap that held: the highest rating it allows, why, the standards that triggered it, and whether it lowered the rating.</summary>
public sealed record AppliedCap(string Code, string MaxRating, string Reason, IReadOnlyList<string> Standards, bool Lowered);

/// <summary>One domain's score.</summary>
public sealed record DomainScore(string Domain, string Title, decimal Weight, int Met, int NotMet, decimal? Score);

/// <summary>The share of applicable standards judged and whether it is enough for a rating.</summary>
public sealed record Coverage(decimal? Share, decimal Minimum, bool Sufficient, IReadOnlyList<string> Unjudged);

/// <summary>A consequence that fired (a follow-up, an escalation).</summary>
public sealed record Consequence(string Code, string StandardCode, string Reason, int? FollowUpWithinDays, string? EscalateTo);

/// <summary>A success the result names.</summary>
public sealed record Strength(string Kind, string Subject, string Title, string DomainTitle, decimal? Previous, decimal? Current, decimal? Bar);
