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
    /// <summary>All questions of all instruments, in catalog order.</summary>
    public IEnumerable<Question> Questions => Instruments.SelectMany(i => i.Questions);

    /// <summary>"id@version", the way people name a rule-set version.</summary>
    public string Moniker => $"{Id}@{Version}";
}

/// <summary>A group of standards with a weight in the overall score.</summary>
public sealed record Domain(string Code, decimal Weight, LocalizedText Title);

/// <summary>
/// A resident condition examined in depth on the sample. A sampled resident has the tracer when the
/// inspector marks it or when <see cref="IdentifiedBy"/> holds for the resident's answers.
/// </summary>
public sealed record Tracer(string Code, LocalizedText Title, string IdentifiedBy, LocalizedText Description);

/// <summary>A questionnaire: an ordered list of typed questions.</summary>
public sealed record Instrument(string Code, LocalizedText Title, IReadOnlyList<Question> Questions);

/// <summary>One typed question of an instrument.</summary>
/// <param name="Options">Allowed values for choice and multi-choice questions; empty otherwise.</param>
/// <param name="Min">Lowest allowed value for number and scale questions.</param>
/// <param name="Max">Highest allowed value for number and scale questions.</param>
/// <param name="ShowIf">Optional condition: the question is asked only when it holds.</param>
public sealed record Question(
    string Code,
    QuestionType Type,
    Level Unit,
    EvidenceSource Source,
    bool Required,
    LocalizedText Text,
    IReadOnlyList<ChoiceOption> Options,
    decimal? Min,
    decimal? Max,
    string? ShowIf,
    LocalizedText Help);

/// <summary>One allowed value of a choice question.</summary>
public sealed record ChoiceOption(string Value, LocalizedText Label);

/// <summary>One requirement, with the rule that decides whether it is met.</summary>
/// <param name="Tracer">For resident-level standards: the tracer that selects the residents it applies to (null: all sampled residents).</param>
/// <param name="Rule">Expression that holds when the requirement is met (for a resident-level standard: for one resident).</param>
/// <param name="Applicability">Optional expression; the standard (or resident) is not applicable when it is false.</param>
/// <param name="Bar">Share of applicable residents who must satisfy the rule (resident level); 1 for institution level.</param>
/// <param name="Scope">Declared scope of an unmet institution-level standard; null for resident level (computed).</param>
/// <param name="MinimumSample">Overrides the rule set's minimum sample for this standard.</param>
public sealed record Standard(
    string Code,
    string Domain,
    Level Level,
    LocalizedText Title,
    string Rule,
    string? Applicability,
    string? Tracer,
    decimal Bar,
    Severity Severity,
    Scope? Scope,
    decimal Weight,
    int? MinimumSample,
    IReadOnlyList<EvidenceSource> Evidence,
    LocalizedText LegalReference,
    LocalizedText Guidance);
