namespace Inspection.Api.Cycles;

/// <summary>A whole planning policy; <c>version</c> is the one read (0 for a policy not stored yet).</summary>
public sealed record SavePlanningPolicyRequest(
    int? IntervalMonths, int? MaxIntervalMonths, int? SoonerAfterPoorMonths, IReadOnlyList<string>? PoorRatings, decimal? PoorScoreBelow,
    int? FollowUpWithinDays, int? SelfAssessmentLeadDays, decimal? UnannouncedShare, int? HorizonDays, int? ReminderDaysBefore, int? EscalateAfterDays,
    int? Version);
