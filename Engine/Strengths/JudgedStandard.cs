using Inspection.Engine.Findings;

namespace Inspection.Engine.Strengths;

/// <summary>As much of one finding as strengths are found from: stored findings and Engine results alike give it.</summary>
/// <param name="StandardCode">The standard (matched by code, so versions of a rule set compare).</param>
/// <param name="Domain">The domain the standard belongs to.</param>
/// <param name="Status">Its finding's status; a finding withdrawn after a dispute counts as <see cref="FindingStatus.NotApplicable"/>.</param>
/// <param name="Rate">Resident-level standards: the share of residents whose care satisfied the rule; null otherwise or when none was known.</param>
/// <param name="Bar">Resident-level standards: the share that must satisfy the rule; null for institution-level standards.</param>
public sealed record JudgedStandard(string StandardCode, string Domain, FindingStatus Status, decimal? Rate, decimal? Bar);
