using System.Text.Json;

namespace Inspection.Api.Inspections.Findings;

/// <summary>
/// A finding as people read it: the standard's title and domain in the reader's language, its level,
/// bar, rate and tally, severity, scope and grade, the rule and the answers it read, and for a
/// deficiency a statement in words, and the supervisor's amendment when one counts. <see cref="Evidence"/> is the full evidence trail as stored.
/// </summary>
public sealed record FindingDto(
    Guid Id, string StandardCode, string Title, string Domain, string DomainTitle, string Level, string Status, string Severity,
    string? Scope, string? Grade, bool ImmediateJeopardy, decimal? Bar, decimal? Rate, ResidentTallyDto? Tally, string Rule,
    IReadOnlyList<AnswerReadDto> AnswersRead, string? Statement, bool Withdrawn, string? Standing, JsonElement Evidence)
{
    /// <summary>
    /// The supervisor's amendment that counts for this finding (computed -> amended, reason, by whom, when, the
    /// district's review); null when the computed finding counts. <see cref="Status"/>, scope and grade above are the computed ones.
    /// </summary>
    public Amendments.AmendmentDto? Amendment { get; init; }
}
