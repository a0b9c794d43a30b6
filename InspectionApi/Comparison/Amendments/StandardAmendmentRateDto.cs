namespace Inspection.Api.Comparison.Amendments;

/// <summary>
/// One standard's amendment rate within its rule set: a standard amended often is one whose rule or bar needs
/// another look, so the row links to the what-if for that rule set.
/// </summary>
public sealed record StandardAmendmentRateDto(string RuleSetId, string StandardCode, string Title, int Amended, int Computed, decimal? Rate, WhatIfLinkDto WhatIf);
