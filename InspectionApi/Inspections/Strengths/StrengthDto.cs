namespace Inspection.Api.Inspections.Strengths;

/// <summary>
/// One strength of an inspection, titled in the reader's language: <c>DeficiencyResolved</c> (a standard met now
/// that the previous inspection found not met), <c>RateAboveBar</c> (a resident-level standard met far above its
/// bar) or <c>DomainImproved</c> (a domain whose score rose by more than the margin since the previous inspection);
/// with what the provider recorded they did, when they did.
/// </summary>
/// <param name="Subject">The standard's code, or the domain's for <c>DomainImproved</c>.</param>
/// <param name="Previous">The domain's score (or a resident-level standard's rate) at the previous inspection.</param>
/// <param name="Current">The domain's score (or the standard's rate) now.</param>
/// <param name="Bar">A resident-level standard's bar.</param>
public sealed record StrengthDto(
    string Kind, string Subject, string Title, string Domain, string DomainTitle, decimal? Previous, decimal? Current, decimal? Bar,
    StrengthPracticeDto? Practice);
