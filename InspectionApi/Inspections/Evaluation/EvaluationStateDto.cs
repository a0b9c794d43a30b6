namespace Inspection.Api.Inspections.Evaluation;

/// <summary>
/// Where an inspection's evaluation stands, for a client polling after it submitted: <c>NotSubmitted</c>;
/// <c>Pending</c> (the job server has it), <c>Retrying</c> (an attempt failed, tried again at
/// <see cref="NextAttemptAt"/>), <c>Failed</c> (every attempt failed: evaluate explicitly or reopen),
/// <c>AwaitingEvaluation</c> (submitted with no job asked for: evaluate explicitly); <c>Evaluated</c>.
/// </summary>
public sealed record EvaluationStateDto(
    string State, DateTime? RequestedAt, int FailedAttempts, string? LastError, DateTime? NextAttemptAt, DateTime? EvaluatedAt, bool EvaluatedByJob)
{
    public static EvaluationStateDto Of(FacilityInspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var state = inspection switch
        {
            { EvaluatedAt: not null } => "Evaluated",
            { Status: not InspectionStatus.Submitted } => "NotSubmitted",
            { EvaluationRequest: EvaluationOnSubmit.Pending or EvaluationOnSubmit.Retrying or EvaluationOnSubmit.Failed } => inspection.EvaluationRequest.ToString(),
            _ => "AwaitingEvaluation",
        };
        return new EvaluationStateDto(
            state,
            inspection.EvaluationRequestedAt,
            inspection.EvaluationFailures,
            inspection.EvaluationError,
            inspection.EvaluationRequest == EvaluationOnSubmit.Retrying ? inspection.EvaluationRetryAt : null,
            inspection.EvaluatedAt,
            inspection.EvaluatedAt is not null && inspection.EvaluationRequest == EvaluationOnSubmit.Done);
    }
}
