namespace Inspection.Web.Inspections;

/// <summary>A success the result names.</summary>
public sealed record Strength(string Kind, string Subject, string Title, string DomainTitle, decimal? Previous, decimal? Current, decimal? Bar);
