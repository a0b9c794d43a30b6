namespace Inspection.Api.Corrections;

/// <summary>Where a correction plan stands.</summary>
public enum CorrectionPlanStatus
{
    /// <summary>The provider is writing it.</summary>
    Draft,

    /// <summary>Waiting for the supervisor.</summary>
    Submitted,

    /// <summary>Accepted by the supervisor.</summary>
    Approved,

    /// <summary>Sent back to the provider with a note.</summary>
    Returned,
}
