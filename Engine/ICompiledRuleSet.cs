using Inspection.Engine.Findings;
using Inspection.Engine.Responses;
using Inspection.Standards.Model;

namespace Inspection.Engine;

/// <summary>
/// A rule-set version compiled for evaluation. Immutable and safe to use from many threads at once.
/// </summary>
public interface ICompiledRuleSet
{
    /// <summary>The rule-set version this was compiled from.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Id, version and content hash, as every finding records them.</summary>
    RuleSetIdentity Identity { get; }

    /// <summary>
    /// Evaluates a response into findings, deficiencies, scores and a rating (DESIGN.md section 3).
    /// The same response always gives the same result.
    /// </summary>
    /// <exception cref="InvalidResponseException">An answer names an unknown question, or does not fit its question.</exception>
    InspectionResult Evaluate(InspectionResponse response);

    /// <summary>
    /// The sampling plan: per tracer, how many sampled residents have it, what the census says, how
    /// many the tracer's standards need and how many more to sample (DESIGN.md section 3).
    /// </summary>
    /// <exception cref="InvalidResponseException">The response does not fit the rule set.</exception>
    IReadOnlyList<TracerSample> PlanSample(InspectionResponse response);

    /// <summary>
    /// Every problem that would make <see cref="Evaluate"/> refuse the response; empty when it fits.
    /// More sampled residents than the policy allows (<c>maxSampledResidents</c>) is one.
    /// </summary>
    IReadOnlyList<ResponseProblem> Validate(InspectionResponse response);

    /// <summary>
    /// Whether a question is asked, given the answers so far: true when it has no show-if condition or
    /// the condition holds, false when it does not, null when the condition is still unknown.
    /// </summary>
    bool? IsAsked(string questionCode, InspectionResponse response, SampledResident? resident = null);

    /// <summary>
    /// The questions a standard depends on: those its rule and applicability read, those that identify
    /// its tracer, and those their show-if conditions read. A follow-up re-asks only these.
    /// </summary>
    IReadOnlySet<string> QuestionsFor(string standardCode);
}
