using Inspection.Engine.Findings;

namespace Inspection.Engine.Responses;

/// <summary>
/// The answers of one inspection: institution answers by question code, and the sampled residents
/// with their tracers and answers.
/// </summary>
/// <param name="InspectionDate">The day of the visit; <c>DaysSince</c> counts to it, so the same response always gives the same findings.</param>
/// <param name="Answers">Institution answers by question code; an unanswered question is absent.</param>
/// <param name="Residents">The sampled residents, in the order the inspector sampled them.</param>
public sealed record InspectionResponse(
    DateOnly InspectionDate,
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyList<SampledResident> Residents)
{
    /// <summary>
    /// Per tracer code, how many current residents have the tracer (the visit's census). A resident-level
    /// standard whose tracer no sampled resident has is NotApplicable only when the census says 0;
    /// null (no census) or a tracer it does not name counts as unknown.
    /// </summary>
    public IReadOnlyDictionary<string, int>? TracerCensus { get; init; }

    /// <summary>The deficiencies of the facility's previous inspection, for the rule set's consequences; null or empty when none.</summary>
    public IReadOnlyList<PreviousDeficiency>? PreviousDeficiencies { get; init; }

    /// <summary>
    /// Codes of standards whose findings were withdrawn after a dispute: each evaluates to NotApplicable
    /// with a note saying so, decided before any rule of the standard runs, so that it counts in no
    /// score, cap, coverage, consequence or sampling plan. Null or empty when none.
    /// </summary>
    public IReadOnlySet<string>? WithdrawnStandards { get; init; }

    /// <summary>
    /// Findings amended by the supervisor, by standard code: each standard's rule runs as usual, then its
    /// finding is replaced by the amended one (<see cref="Finding.ComputedStatus"/> keeps what was computed)
    /// before consequences, caps, scores, coverage and the rating read it. A withdrawn standard stays withdrawn.
    /// Null or empty when none.
    /// </summary>
    public IReadOnlyDictionary<string, FindingAmendment>? AmendedFindings { get; init; }
}
