namespace Inspection.Reports.Models;

/// <summary>What a follow-up visit found for a deficiency it re-checked.</summary>
public enum FollowUpStanding
{
    Resolved,
    Persisting,
    Unverified,
}
