namespace Inspection.Engine.Strengths;

/// <summary>One success of an inspection, named so that it can be repeated.</summary>
/// <param name="Kind">What kind of success it is.</param>
/// <param name="Subject">The standard's code, or for <see cref="StrengthKind.DomainImproved"/> the domain's code.</param>
/// <param name="Domain">The domain the success belongs to.</param>
/// <param name="Previous">
/// The domain's score at the previous inspection (<see cref="StrengthKind.DomainImproved"/>), or a resident-level
/// standard's rate then (<see cref="StrengthKind.DeficiencyResolved"/>); null otherwise.
/// </param>
/// <param name="Current">The domain's score, or the standard's rate, now; null for an institution-level standard.</param>
/// <param name="Bar">The bar of a resident-level standard; null otherwise.</param>
public sealed record Strength(StrengthKind Kind, string Subject, string Domain, decimal? Previous, decimal? Current, decimal? Bar);
