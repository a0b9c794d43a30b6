namespace Inspection.Web.Headquarters;

/// <summary>A what-if run: where it stands and, once it succeeded, its result.</summary>
public sealed record WhatIfRun(Guid Id, Guid CycleId, Guid DraftVersionId, string Status, int Total, int Done, DateTime RequestedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Error, WhatIfResult? Result);
