namespace Inspection.Web.Headquarters;

/// <summary>Least, quartiles, median, greatest and mean of a set of scores.</summary>
public sealed record ScoreSpread(int Count, decimal Mean, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max);
