namespace Inspection.Api.Inspections;

/// <summary>Why an inspection takes place.</summary>
public enum InspectionKind
{
    /// <summary>A planned inspection the facility knows of.</summary>
    Regular,

    /// <summary>A visit the facility is not told of in advance: providers never see its date.</summary>
    Unannounced,

    /// <summary>A revisit that re-checks only the deficiencies still open from an earlier inspection.</summary>
    FollowUp,

    /// <summary>The provider's own run of the same instrument.</summary>
    SelfAssessment,
}
