namespace Inspection.Api.Comparison.WhatIf;

/// <summary>A what-if run as the list of recent runs shows it: what was tried on which cycle, who asked, and where it stands (no result).</summary>
public sealed record WhatIfRunSummaryDto(
    Guid Id, Guid CycleId, string Cycle, Guid DraftVersionId, string Draft, string Status, int Total, int Done,
    DateTime RequestedAt, DateTime? FinishedAt, bool Mine);
