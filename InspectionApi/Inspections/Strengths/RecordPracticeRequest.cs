using System.ComponentModel.DataAnnotations;

namespace Inspection.Api.Inspections.Strengths;

/// <summary>What the provider did to achieve one of the inspection's strengths, named by its kind and subject.</summary>
/// <param name="Kind">deficiencyResolved, rateAboveBar or domainImproved.</param>
/// <param name="Subject">The standard's code, or the domain's for domainImproved.</param>
/// <param name="Practice">What was done, so that it can be repeated.</param>
public sealed record RecordPracticeRequest(
    [property: Required(ErrorMessage = "name the kind of strength: deficiencyResolved, rateAboveBar or domainImproved")] string? Kind,
    [property: Required(ErrorMessage = "name the standard (or, for domainImproved, the domain)"), StringLength(64, ErrorMessage = "at most 64 characters")] string? Subject,
    [property: Required(ErrorMessage = "say what was done"), StringLength(StrengthPractice.MaxLength, ErrorMessage = "at most 4000 characters")] string? Practice);
