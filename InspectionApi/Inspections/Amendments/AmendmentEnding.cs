namespace Inspection.Api.Inspections.Amendments;

/// <summary>Why an amendment no longer counts; it stays in the finding's history.</summary>
public enum AmendmentEnding
{
    /// <summary>A later amendment of the same finding took its place.</summary>
    Replaced,

    /// <summary>The supervisor withdrew it: the computed finding counts again.</summary>
    Withdrawn,
}
