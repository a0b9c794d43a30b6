namespace Inspection.Standards.Model;

/// <summary>A group of standards with a weight in the overall score.</summary>
public sealed record Domain(string Code, decimal Weight, LocalizedText Title);
