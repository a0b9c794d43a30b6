namespace Inspection.Web.Admin;

/// <summary>A planning policy being changed; sent whole with the version it was read at.</summary>
public sealed class PlanningPolicyForm
{
    public int? IntervalMonths { get; set; }
    public int? MaxIntervalMonths { get; set; }
    public int? SoonerAfterPoorMonths { get; set; }
    public string PoorRatings { get; set; } = "";
    public decimal? PoorScoreBelow { get; set; }
    public int? FollowUpWithinDays { get; set; }
    public int? SelfAssessmentLeadDays { get; set; }
    public decimal? UnannouncedShare { get; set; }
    public int? HorizonDays { get; set; }
    public int? ReminderDaysBefore { get; set; }
    public int? EscalateAfterDays { get; set; }
    public int Version { get; set; }

    public static PlanningPolicyForm From(PlanningPolicy p) => new()
    {
        IntervalMonths = p.IntervalMonths,
        MaxIntervalMonths = p.MaxIntervalMonths,
        SoonerAfterPoorMonths = p.SoonerAfterPoorMonths,
        PoorRatings = string.Join(", ", p.PoorRatings),
        PoorScoreBelow = p.PoorScoreBelow,
        FollowUpWithinDays = p.FollowUpWithinDays,
        SelfAssessmentLeadDays = p.SelfAssessmentLeadDays,
        UnannouncedShare = p.UnannouncedShare,
        HorizonDays = p.HorizonDays,
        ReminderDaysBefore = p.ReminderDaysBefore,
        EscalateAfterDays = p.EscalateAfterDays,
        Version = p.Version,
    };

    public object Request() => new
    {
        IntervalMonths,
        MaxIntervalMonths,
        SoonerAfterPoorMonths,
        PoorRatings = PoorRatings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        PoorScoreBelow,
        FollowUpWithinDays,
        SelfAssessmentLeadDays,
        UnannouncedShare,
        HorizonDays,
        ReminderDaysBefore,
        EscalateAfterDays,
        Version,
    };
}
