namespace Inspection.Api.Inspections.Evaluation;

/// <summary>Where the evaluation a submission asked for stands (see <see cref="EvaluationJob"/>).</summary>
public enum EvaluationOnSubmit
{
    /// <summary>None asked for: the inspection is not submitted, or evaluation on submit is switched off.</summary>
    None,

    /// <summary>Recorded with the submission; the job has not run yet.</summary>
    Pending,

    /// <summary>An attempt failed; the job tries again (see <see cref="FacilityInspection.EvaluationRetryAt"/>).</summary>
    Retrying,

    /// <summary>Every attempt failed; the inspection stays submitted until it is evaluated explicitly or reopened.</summary>
    Failed,

    /// <summary>The job evaluated the submission.</summary>
    Done,

    /// <summary>Someone evaluated the submission explicitly before the job did.</summary>
    Superseded,
}
