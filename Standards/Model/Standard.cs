namespace Inspection.Standards.Model;

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
    LocalizedText Guidance)
{
    /// <summary>
    /// What the standard measures: structure, process or outcome. Required in catalog files; null only
    /// for a version stored before the field existed. Not part of the content hash: it says how results
    /// are read, never what they are (no finding, score, rating or consequence depends on it).
    /// </summary>
    public StandardType? Measures { get; init; }
}
