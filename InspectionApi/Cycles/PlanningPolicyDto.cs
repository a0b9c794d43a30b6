namespace Inspection.Api.Cycles;

/// <summary>A service type's planning policy; <c>stored</c> is false while it is the default, never saved.</summary>
public sealed record PlanningPolicyDto(
    string ServiceType, int IntervalMonths, int MaxIntervalMonths, int SoonerAfterPoorMonths, IReadOnlyList<string> PoorRatings, decimal? PoorScoreBelow,
    int FollowUpWithinDays, int SelfAssessmentLeadDays, decimal UnannouncedShare, int HorizonDays, int ReminderDaysBefore, int EscalateAfterDays,
    int Version, bool Stored, DateTime? UpdatedAt)
{
    public static PlanningPolicyDto From(string serviceType, PlanningPolicySettings s, int version, bool stored, DateTime? updatedAt) => new(
        serviceType, s.IntervalMonths, s.MaxIntervalMonths, s.SoonerAfterPoorMonths, s.PoorRatings, s.PoorScoreBelow, s.FollowUpWithinDays,
        s.SelfAssessmentLeadDays, s.UnannouncedShare, s.HorizonDays, s.ReminderDaysBefore, s.EscalateAfterDays, version, stored, updatedAt);
}
