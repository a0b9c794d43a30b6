namespace Inspection.Api.Inspections.Results;

/// <summary>
/// The stored result of an evaluated inspection: overall and domain scores, the band the score alone
/// reaches and the rating given after caps (each cap with its reason), and every later change of it.
/// </summary>
public sealed record InspectionResultDto(
    DateTime EvaluatedAt, string RuleSet, string ContentHash, decimal? OverallScore, string? ScoreBand, string? Rating,
    IReadOnlyList<AppliedCapDto> Caps, IReadOnlyList<DomainScoreDto> Domains, IReadOnlyList<ResultChange> Changes);
