namespace Inspection.Reports.Models;

/// <summary>What kind of visit an inspection was.</summary>
public enum VisitKind
{
    Regular,
    Unannounced,
    FollowUp,
    SelfAssessment,
}
