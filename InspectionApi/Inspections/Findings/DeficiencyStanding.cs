namespace Inspection.Api.Inspections.Findings;

/// <summary>Where a deficiency stands after the follow-ups that re-checked it.</summary>
public enum DeficiencyStanding
{
    /// <summary>Not re-checked yet.</summary>
    Open,

    /// <summary>A follow-up found the standard met (or no longer applicable).</summary>
    Resolved,

    /// <summary>A follow-up found the standard still not met.</summary>
    Persisting,

    /// <summary>A follow-up could not judge the standard (answers missing, or an error).</summary>
    Unverified,
}
