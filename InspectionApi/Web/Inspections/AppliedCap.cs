namespace Inspection.Web.Inspections;

/// <summary>A cap that held: the highest rating it allows, why, the standards that triggered it, and whether it lowered the rating.</summary>
public sealed record AppliedCap(string Code, string MaxRating, string Reason, IReadOnlyList<string> Standards, bool Lowered);
