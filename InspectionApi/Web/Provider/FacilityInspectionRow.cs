using Inspection.Web.Shell;

namespace Inspection.Web.Provider;

/// <summary>
/// An inspection of a facility as a list shows it (<c>GET /api/inspections?facilityId=</c>); the API never lists an
/// unannounced visit to a provider before it happens.
/// </summary>
public sealed record FacilityInspectionRow(
    Guid Id, Guid FacilityId, string FacilityName, string Kind, string Status, DateOnly? PlannedDate, DateOnly? VisitDate,
    decimal? OverallScore, string? Rating, string RuleSet)
{
    public bool IsSelfAssessment => Kind == ApiNames.SelfAssessment;

    /// <summary>The report of deficiencies has been issued (and the inspection not called off).</summary>
    public bool IsIssued => !IsSelfAssessment && ApiNames.Issued.Contains(Status);

    /// <summary>A correction plan is being written, or waits for the supervisor.</summary>
    public bool HasOpenCorrectionPlan => !IsSelfAssessment && Status is "ReportIssued" or "CorrectionPlanSubmitted";

    /// <summary>The date that places it in time: the visit's when it took place, else the planned one.</summary>
    public DateOnly? Date => VisitDate ?? PlannedDate;
}
