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
