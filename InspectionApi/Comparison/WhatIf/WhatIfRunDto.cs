namespace Inspection.Api.Comparison.WhatIf;

/// <summary>A what-if run: its progress and, once it succeeded, its result.</summary>
public sealed record WhatIfRunDto(
    Guid Id, Guid CycleId, Guid DraftVersionId, string Status, int Total, int Done, DateTime RequestedAt, DateTime? StartedAt,
    DateTime? FinishedAt, string? Error, WhatIfResultDto? Result);
