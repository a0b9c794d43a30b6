namespace Inspection.Web.Inspections;

/// <summary>The share of applicable standards judged and whether it is enough for a rating.</summary>
public sealed record Coverage(decimal? Share, decimal Minimum, bool Sufficient, IReadOnlyList<string> Unjudged);
