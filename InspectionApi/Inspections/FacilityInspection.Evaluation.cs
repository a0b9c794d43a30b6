using Inspection.Api.Access;
using Inspection.Api.Inspections.Evaluation;
using Inspection.Api.Inspections.Lifecycle;

namespace Inspection.Api.Inspections;

/// <summary>The evaluation a submission asks the job server for, and how its attempts went.</summary>
public sealed partial class FacilityInspection
{
    /// <summary>Where the evaluation the last submission asked for stands.</summary>
    public EvaluationOnSubmit EvaluationRequest { get; private set; }

    /// <summary>When the last submission asked for its evaluation.</summary>
    public DateTime? EvaluationRequestedAt { get; private set; }

    /// <summary>Attempts of the evaluation job that failed since the last submission.</summary>
    public int EvaluationFailures { get; private set; }

    /// <summary>Why the last failed attempt failed.</summary>
    public string? EvaluationError { get; private set; }

    /// <summary>When the job tries again, while <see cref="EvaluationRequest"/> is <see cref="EvaluationOnSubmit.Retrying"/>.</summary>
    public DateTime? EvaluationRetryAt { get; private set; }

    /// <summary>Submitted, with an evaluation asked for that nobody has made yet (the job may make it).</summary>
    public bool AwaitsRequestedEvaluation =>
        Status == InspectionStatus.Submitted && EvaluationRequest is EvaluationOnSubmit.Pending or EvaluationOnSubmit.Retrying or EvaluationOnSubmit.Failed;

    /// <summary>Evaluated by the job its submission asked, and nothing has happened to it since.</summary>
    public bool EvaluatedOnSubmit => Status == InspectionStatus.Evaluated && EvaluationRequest == EvaluationOnSubmit.Done;

    /// <summary>Asks for the evaluation of the submission just made (the caller records the job in the same unit of work).</summary>
    public void RequestEvaluation(DateTime at)
    {
        if (Status != InspectionStatus.Submitted)
        {
            throw new InvalidOperationException($"inspection {Id} is {Words(Status)}: only a submission asks for an evaluation");
        }

        EvaluationRequest = EvaluationOnSubmit.Pending;
        EvaluationRequestedAt = at;
        EvaluationFailures = 0;
        EvaluationError = null;
        EvaluationRetryAt = null;
    }

    /// <summary>The job's evaluation of the submission; refused like any evaluation when the inspection has moved on.</summary>
    public LifecycleOutcome EvaluateAsRequested(Role role, InspectionEvaluation evaluation, DateTime at) =>
        Evaluate(role, evaluation, at, EvaluationOnSubmit.Done);

    /// <summary>
    /// Records a failed attempt of the evaluation job: to be tried again at <paramref name="retryAt"/>, or, when
    /// null, failed for good. False (nothing recorded) when the submission no longer awaits the job.
    /// </summary>
    public bool EvaluationAttemptFailed(string error, DateTime? retryAt)
    {
        if (!AwaitsRequestedEvaluation)
        {
            return false;
        }

        EvaluationFailures++;
        EvaluationError = error;
        EvaluationRetryAt = retryAt;
        EvaluationRequest = retryAt is null ? EvaluationOnSubmit.Failed : EvaluationOnSubmit.Retrying;
        return true;
    }

    private void ForgetEvaluationRequest()
    {
        EvaluationRequest = EvaluationOnSubmit.None;
        EvaluationRetryAt = null;
    }
}
