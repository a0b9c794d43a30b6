namespace Inspection.Api.Inspections.Results;

/// <summary>A cap that held the rating down: its code, the highest rating it allows, and why, in the reader's language.</summary>
public sealed record AppliedCapDto(string Code, string MaxRating, string Reason);
