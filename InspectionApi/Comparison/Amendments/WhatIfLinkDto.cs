namespace Inspection.Api.Comparison.Amendments;

/// <summary>
/// How to try another rule or bar for a standard: <c>POST /api/comparison/what-if</c> with a cycle and a draft
/// version of its rule set; the draft versions of that rule set there are now, and the cycle of the figures when they were for one.
/// </summary>
public sealed record WhatIfLinkDto(string Method, string Href, Guid? CycleId, string RuleSetId, IReadOnlyList<Guid> DraftVersionIds);
