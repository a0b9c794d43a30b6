namespace Inspection.Standards.Model;

/// <summary>A rating band: the overall score from which it applies.</summary>
public sealed record RatingBand(string Code, decimal MinScore, LocalizedText Label);
