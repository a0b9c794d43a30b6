using System.Text.Json;

namespace Inspection.Api.Inspections;

public sealed record FindingDto(
    Guid Id, string StandardCode, string Domain, string Level, string Status, string Severity, string? Scope, string? Grade,
    bool ImmediateJeopardy, decimal? Rate, bool Withdrawn, JsonElement Evidence);
