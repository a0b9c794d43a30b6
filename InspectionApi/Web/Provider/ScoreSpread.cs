namespace Inspection.Web.Provider;

/// <summary>The spread of scores (0 to 1): least, quartiles, median, greatest and mean.</summary>
public sealed record ScoreSpread(int Count, decimal Mean, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max);
