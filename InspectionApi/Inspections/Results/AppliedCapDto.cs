namespace Inspection.Api.Inspections.Results;

/// <summary>
/// A cap that held: its code, the highest rating it allows, why (in the reader's language), the deficient
/// standards that triggered it, and whether it lowered the rating below the band the score reaches.
/// </summary>
public sealed record AppliedCapDto(string Code, string MaxRating, string Reason, IReadOnlyList<string> Standards, bool Lowered);
