namespace Inspection.Api.Inspections.Amendments;

/// <summary>Where the district's review of an amendment stands.</summary>
public enum AmendmentReview
{
    /// <summary>Not reviewed yet; the amended finding counts, and the report may be issued saying it awaits review.</summary>
    Pending,

    /// <summary>The district accepted the supervisor's judgment.</summary>
    Accepted,

    /// <summary>
    /// The district returned it with a comment: the amended finding still counts (the judgment is the
    /// supervisor's), but the report cannot be issued until the supervisor amends the finding again or
    /// withdraws the amendment.
    /// </summary>
    Returned,
}
