using System.Text.Json;

namespace Inspection.Web.Inspections;

/// <summary>A standard's finding with its evidence (GET /api/inspections/{id}/findings).</summary>
public sealed record Finding(
    Guid Id, string StandardCode, string Title, string Domain, string DomainTitle, string Level, string Status, string Severity,
    string? Scope, string? Grade, bool ImmediateJeopardy, decimal? Bar, decimal? Rate, ResidentTally? Tally, string Rule,
    IReadOnlyList<AnswerRead> AnswersRead, string? Statement, bool Withdrawn, JsonElement Evidence, FindingAmendment? Amendment)
{
    public bool IsDeficiency => Status == "NotMet" && !Withdrawn;

    /// <summary>The pseudonymous codes of the residents whose answers failed the rule (never names).</summary>
    public IReadOnlyList<string> FailingResidents =>
        Evidence.ValueKind == JsonValueKind.Object && Evidence.TryGetProperty("residents", out var residents) && residents.ValueKind == JsonValueKind.Object
            && residents.TryGetProperty("failing", out var failing) && failing.ValueKind == JsonValueKind.Array
            ? [.. failing.EnumerateArray().Select(r => r.GetString() ?? "")]
            : [];

    /// <summary>The questions the rule needed and found unanswered.</summary>
    public IReadOnlyList<string> MissingAnswers =>
        Evidence.ValueKind == JsonValueKind.Object && Evidence.TryGetProperty("missingAnswers", out var missing) && missing.ValueKind == JsonValueKind.Array
            ? [.. missing.EnumerateArray().Select(r => r.GetString() ?? "")]
            : [];
}

/// <summary>An answer a rule read (null: not answered).</summary>
public sealed record AnswerRead(string Question, string? Value);

/// <summary>A resident-level standard's count.</summary>
public sealed record ResidentTally(int Applicable, int Known, int Satisfying);

/// <summary>The supervisor's amendment that counts for a finding.</summary>
public sealed record FindingAmendment(string ComputedStatus, string Status, string? Scope, string? Grade, string Reason, string AmendedByName, DateTime AmendedAt, string Review);
