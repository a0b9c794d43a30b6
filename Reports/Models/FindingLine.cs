using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>One standard's finding, readable: title, level, status, bar, rate and tally, the rule and the answers read.</summary>
/// <param name="Rate">Resident level: k / n; null for institution level or when n is zero.</param>
/// <param name="Tally">Resident level: the sample count; null for institution level.</param>
/// <param name="Tracer">The tracer that selects the residents the standard applies to, when it names one.</param>
/// <param name="Deficiency">Present when the status is NotMet.</param>
/// <param name="Note">Why the finding is incomplete or in error, in words.</param>
public sealed record FindingLine(
    string StandardCode,
    LocalizedText Title,
    string Domain,
    Level Level,
    FindingStatus Status,
    decimal Bar,
    decimal? Rate,
    TallyLine? Tally,
    Severity Severity,
    LocalizedText? Tracer,
    IReadOnlyList<EvidenceSource> EvidenceSources,
    string Rule,
    IReadOnlyList<AnswerLine> AnswersRead,
    DeficiencyLine? Deficiency,
    string? Note)
{
    /// <summary>Set when the supervisor amended the finding: the status the rule computed (<see cref="Status"/> is the amended one).</summary>
    public FindingStatus? ComputedStatus { get; init; }
}
