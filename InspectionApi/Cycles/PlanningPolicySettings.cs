namespace Inspection.Api.Cycles;

/// <summary>The values of a <see cref="PlanningPolicy"/>, checked (see <see cref="Check"/>).</summary>
public sealed record PlanningPolicySettings(
    int IntervalMonths, int MaxIntervalMonths, int SoonerAfterPoorMonths, IReadOnlyList<string> PoorRatings, decimal? PoorScoreBelow,
    int FollowUpWithinDays, int SelfAssessmentLeadDays, decimal UnannouncedShare, int HorizonDays, int ReminderDaysBefore, int EscalateAfterDays)
{
    /// <summary>What a service type gets until an administrator says otherwise: the examples.</summary>
    public static PlanningPolicySettings Default { get; } = new(12, 15, 6, ["inadequate"], 0.6m, 30, 45, 0.2m, 60, 14, 7);

    /// <summary>Whether a visit with this rating and score calls for the next one sooner.</summary>
    public bool IsPoor(string? rating, decimal? score) =>
        (rating is not null && PoorRatings.Contains(rating, StringComparer.Ordinal)) || (PoorScoreBelow is { } line && score is { } s && s < line);

    /// <summary>Errors per field; empty when the settings hold together.</summary>
    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        Range(errors, nameof(IntervalMonths), IntervalMonths, 1, 60);
        Range(errors, nameof(MaxIntervalMonths), MaxIntervalMonths, 1, 72);
        if (MaxIntervalMonths < IntervalMonths)
        {
            errors[nameof(MaxIntervalMonths)] = ["at least the regular interval"];
        }

        Range(errors, nameof(SoonerAfterPoorMonths), SoonerAfterPoorMonths, 1, 60);
        if (SoonerAfterPoorMonths > IntervalMonths)
        {
            errors[nameof(SoonerAfterPoorMonths)] = ["at most the regular interval (it is sooner)"];
        }

        if (PoorRatings is null || PoorRatings.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 50 || r.Contains(',', StringComparison.Ordinal)))
        {
            errors[nameof(PoorRatings)] = ["a list of rating band codes (no empty code, no comma, at most 50 characters each)"];
        }

        if (PoorScoreBelow is < 0 or > 1)
        {
            errors[nameof(PoorScoreBelow)] = ["a score between 0 and 1, or null"];
        }

        Range(errors, nameof(FollowUpWithinDays), FollowUpWithinDays, 1, 365);
        Range(errors, nameof(SelfAssessmentLeadDays), SelfAssessmentLeadDays, 0, 365);
        if (UnannouncedShare is < 0 or > 1)
        {
            errors[nameof(UnannouncedShare)] = ["a share between 0 and 1"];
        }

        Range(errors, nameof(HorizonDays), HorizonDays, 7, 366);
        Range(errors, nameof(ReminderDaysBefore), ReminderDaysBefore, 0, 365);
        Range(errors, nameof(EscalateAfterDays), EscalateAfterDays, 0, 365);
        return errors;
    }

    private static void Range(Dictionary<string, string[]> errors, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors[field] = [$"between {min} and {max}"];
        }
    }
}
