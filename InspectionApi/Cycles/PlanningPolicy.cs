namespace Inspection.Api.Cycles;

/// <summary>
/// How the planner plans visits for one service type, held in the database and edited by an administrator:
/// the regular interval, sooner visits after a poor result, follow-ups after a critical deficiency, the
/// self-assessment invitation ahead of a regular visit, the share of unannounced visits, and the reminders
/// for correction actions. Where a rule set's consequences say nothing, these are the defaults.
/// </summary>
public sealed class PlanningPolicy
{
    private PlanningPolicy()
    {
    }

    public PlanningPolicy(string serviceType, PlanningPolicySettings settings, Guid by, DateTime at)
    {
        ServiceType = serviceType;
        Change(settings, by, at);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string ServiceType { get; private set; } = string.Empty;

    /// <summary>Months from one full visit to the next, normally.</summary>
    public int IntervalMonths { get; private set; }

    /// <summary>Months since the last full visit that must never be exceeded.</summary>
    public int MaxIntervalMonths { get; private set; }

    /// <summary>Months to the next visit after a poor result.</summary>
    public int SoonerAfterPoorMonths { get; private set; }

    /// <summary>Rating bands that count as poor (codes of the rule set's bands, comma-separated).</summary>
    public string PoorRatings { get; private set; } = string.Empty;

    /// <summary>An overall score below this is poor whatever the band; null: only the band counts.</summary>
    public decimal? PoorScoreBelow { get; private set; }

    /// <summary>Days within which a follow-up visit follows a critical deficiency or immediate jeopardy when the rule set names none.</summary>
    public int FollowUpWithinDays { get; private set; }

    /// <summary>Days before a regular visit that the provider is invited to assess itself.</summary>
    public int SelfAssessmentLeadDays { get; private set; }

    /// <summary>Share of a cycle's facilities visited unannounced (0 to 1), drawn with the cycle's recorded seed.</summary>
    public decimal UnannouncedShare { get; private set; }

    /// <summary>How far ahead the planner puts visits in the calendar.</summary>
    public int HorizonDays { get; private set; }

    /// <summary>Days before a correction action falls due that the provider is reminded.</summary>
    public int ReminderDaysBefore { get; private set; }

    /// <summary>Days after a correction action fell due, still open, that it is escalated to the district supervisor.</summary>
    public int EscalateAfterDays { get; private set; }

    /// <summary>Increments with every change; a change based on an older version is refused.</summary>
    public int Version { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<string> PoorRatingList => PoorRatings.Length == 0 ? [] : PoorRatings.Split(',');

    public PlanningPolicySettings Settings => new(
        IntervalMonths, MaxIntervalMonths, SoonerAfterPoorMonths, PoorRatingList, PoorScoreBelow, FollowUpWithinDays, SelfAssessmentLeadDays,
        UnannouncedShare, HorizonDays, ReminderDaysBefore, EscalateAfterDays);

    public void Change(PlanningPolicySettings settings, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IntervalMonths = settings.IntervalMonths;
        MaxIntervalMonths = settings.MaxIntervalMonths;
        SoonerAfterPoorMonths = settings.SoonerAfterPoorMonths;
        PoorRatings = string.Join(',', settings.PoorRatings);
        PoorScoreBelow = settings.PoorScoreBelow;
        FollowUpWithinDays = settings.FollowUpWithinDays;
        SelfAssessmentLeadDays = settings.SelfAssessmentLeadDays;
        UnannouncedShare = settings.UnannouncedShare;
        HorizonDays = settings.HorizonDays;
        ReminderDaysBefore = settings.ReminderDaysBefore;
        EscalateAfterDays = settings.EscalateAfterDays;
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }
}
