namespace Inspection.Api.Reports;

/// <summary>The reports the service writes (DESIGN.md section 7), each named in routes as in <see cref="ReportKinds"/>.</summary>
public enum ReportKind
{
    /// <summary>The compliance report of an external inspection, issued with its report and re-issued when its result changes.</summary>
    Compliance,

    /// <summary>Deficiencies with the correction plan, follow-up results and the comparison with the previous inspection.</summary>
    Improvement,

    /// <summary>The provider's own results and improvement plan; never issued, rendered on request.</summary>
    SelfAssessment,

    /// <summary>What a supervisor reads before a planned visit; rendered on request.</summary>
    PreparationBrief,
}
