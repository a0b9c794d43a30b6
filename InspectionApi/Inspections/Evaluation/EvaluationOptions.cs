namespace Inspection.Api.Inspections.Evaluation;

/// <summary>Evaluation of submitted inspections (section "Evaluation" of configuration).</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>
    /// Whether a submission asks the job server to evaluate the inspection (the default); when off, a
    /// submitted inspection waits for <c>POST /api/inspections/{id}/evaluate</c>.
    /// </summary>
    public bool OnSubmit { get; set; } = true;
}
