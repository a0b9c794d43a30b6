namespace Inspection.Reports.Models;

/// <summary>Where the district's review of a supervisor's amendment stands.</summary>
public enum AmendmentReviewState
{
    /// <summary>Not reviewed yet.</summary>
    Pending,

    /// <summary>The district accepted it.</summary>
    Accepted,

    /// <summary>The district returned it with a comment.</summary>
    Returned,
}
