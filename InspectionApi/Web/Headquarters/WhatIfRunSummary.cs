namespace Inspection.Web.Headquarters;

/// <summary>A recent what-if run as the list shows it.</summary>
public sealed record WhatIfRunSummary(Guid Id, Guid CycleId, string Cycle, Guid DraftVersionId, string Draft, string Status, int Total, int Done, DateTime RequestedAt, DateTime? FinishedAt, bool Mine);
