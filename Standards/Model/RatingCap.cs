namespace Inspection.Standards.Model;

/// <summary>
/// A rating cap: when any unmet standard matches (by severity, or by being immediate jeopardy),
/// the rating is at most <see cref="MaxRating"/>.
/// </summary>
public sealed record RatingCap(string Code, Severity? Severity, bool ImmediateJeopardy, string MaxRating, LocalizedText Reason);
