namespace Inspection.Engine.Responses;

/// <summary>One sampled resident, identified only by a pseudonymous code.</summary>
/// <param name="Code">Pseudonymous code (never a name or national id).</param>
/// <param name="Tracers">Tracers the inspector marked; tracers whose identification rule holds are added by the Engine.</param>
/// <param name="Answers">The resident's answers by question code.</param>
public sealed record SampledResident(
    string Code,
    IReadOnlyCollection<string> Tracers,
    IReadOnlyDictionary<string, AnswerValue> Answers);
