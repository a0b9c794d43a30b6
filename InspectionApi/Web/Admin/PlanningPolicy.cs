namespace Inspection.Web.Admin;

/// <summary>A service type's planning policy as <c>GET /api/planning-policies</c> gives it; <c>Stored</c> is false while it is the default.</summary>
public sealed record PlanningPolicy(
    string ServiceType, int IntervalMonths, int MaxIntervalMonths, int SoonerAfterPoorMonths, IReadOnlyList<string> PoorRatings, decimal? PoorScoreBelow,
    int FollowUpWithinDays, int SelfAssessmentLeadDays, decimal UnannouncedShare, int HorizonDays, int ReminderDaysBefore, int EscalateAfterDays,
    int Version, bool Stored, DateTime? UpdatedAt);
