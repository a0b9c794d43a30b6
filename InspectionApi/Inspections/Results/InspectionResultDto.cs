using Inspection.Api.Inspections.Strengths;

namespace Inspection.Api.Inspections.Results;

/// <summary>
/// The stored result of an evaluated inspection: overall and domain scores, the band the score alone
/// reaches and the rating given after caps (each cap with its reason and the standards that triggered it),
/// or why there is no rating; the evidence coverage, the consequences that fired with the earliest
/// follow-up and the highest escalation they ask for, the previous inspection whose deficiencies the
/// consequences read, every later change of the result, and the findings amended by the supervisor.
/// </summary>
public sealed record InspectionResultDto(
    DateTime EvaluatedAt, string RuleSet, string ContentHash, decimal? OverallScore, string? ScoreBand, string? Rating,
    IReadOnlyList<string> NotRatedReasons, IReadOnlyList<AppliedCapDto> Caps, IReadOnlyList<DomainScoreDto> Domains, CoverageDto? Coverage,
    IReadOnlyList<ConsequenceDto> Consequences, int? FollowUpWithinDays, string? EscalateTo, Guid? PreviousInspectionId,
    IReadOnlyList<ResultChange> Changes)
{
    /// <summary>The findings the supervisor amended, which the scores, domains, caps and rating use; null when none is.</summary>
    public Amendments.AmendedFindingsDto? Amended { get; init; }

    /// <summary>The result read by what its standards measure: structure, process and outcome (empty for an unscored follow-up).</summary>
    public IReadOnlyList<StandardTypeScoreDto> ByStandardType { get; init; } = [];

    /// <summary>
    /// The successes the result names (learning from success), with what the provider recorded they did; given with a
    /// single inspection (read, or after a lifecycle action), not in lists.
    /// </summary>
    public IReadOnlyList<StrengthDto>? Strengths { get; init; }
}
