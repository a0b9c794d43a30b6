namespace Inspection.Standards.Model;

/// <summary>
/// One version of the quality standards for one service type: domains, tracers, instruments and
/// standards, with the policy that grades and scores them.
/// </summary>
/// <param name="Id">Stable identifier of the rule set across versions (for example "elderly-care-home").</param>
/// <param name="ServiceType">Kind of facility the rule set is for.</param>
/// <param name="Version">Semantic version, for example 1.2.0.</param>
/// <param name="EffectiveFrom">First day inspections may use this version.</param>
/// <param name="Status">Draft, published or retired; not part of the content hash.</param>
public sealed record RuleSet(
    string Id,
    string ServiceType,
    SemanticVersion Version,
    DateOnly EffectiveFrom,
    RuleSetStatus Status,
    LocalizedText Title,
    LocalizedText Description,
    EvaluationPolicy Policy,
    IReadOnlyList<Domain> Domains,
    IReadOnlyList<Tracer> Tracers,
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<Standard> Standards)
{
    /// <summary>What follows from a result: when-then rules over the findings and the previous deficiencies (empty when none).</summary>
    [OptionalContent(EmptyIsAbsent = true)]
    public IReadOnlyList<Consequence> Consequences { get; init; } = [];

    /// <summary>All questions of all instruments, in catalog order.</summary>
    public IEnumerable<Question> Questions => Instruments.SelectMany(i => i.Questions);

    /// <summary>"id@version", the way people name a rule-set version.</summary>
    public string Moniker => $"{Id}@{Version}";
}
