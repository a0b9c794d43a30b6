namespace Inspection.Web.Inspections;

/// <summary>Which part of its lifecycle an inspection has reached (statuses as the API names them).</summary>
public static class InspectionPhases
{
    /// <summary>Evaluated or later (findings and a result exist).</summary>
    public static bool IsEvaluated(string status) =>
        status is "Evaluated" or "ReportIssued" or "CorrectionPlanSubmitted" or "CorrectionPlanApproved" or "FollowUpScheduled" or "Closed";

    /// <summary>The report is issued (or a later step): the provider reads it, disputes it and plans corrections.</summary>
    public static bool IsIssued(string status) =>
        status is "ReportIssued" or "CorrectionPlanSubmitted" or "CorrectionPlanApproved" or "FollowUpScheduled" or "Closed";
}
