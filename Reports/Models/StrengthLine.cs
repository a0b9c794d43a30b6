using Inspection.Engine.Strengths;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>
/// One strength as a report prints it: the standard (or domain) and why it is a success, with the rates or
/// scores behind it, and what the provider recorded they did to achieve it (the improvement report prints it).
/// </summary>
/// <param name="Subject">The standard's code, or the domain's for <see cref="StrengthKind.DomainImproved"/>.</param>
/// <param name="Title">The standard's title, or the domain's.</param>
/// <param name="Previous">The domain's score (or the standard's rate) at the previous inspection.</param>
/// <param name="Current">The domain's score (or the standard's rate) now.</param>
/// <param name="Practice">What the provider did, in their words; null until they record it.</param>
public sealed record StrengthLine(
    StrengthKind Kind, string Subject, LocalizedText Title, LocalizedText DomainTitle, decimal? Previous, decimal? Current, decimal? Bar, string? Practice);
