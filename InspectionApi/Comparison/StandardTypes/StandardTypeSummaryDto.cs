namespace Inspection.Api.Comparison.StandardTypes;

/// <summary>
/// One standard type across a group's results of a cycle: how many results judged a standard of the type,
/// the mean and median of their scores over the type, and the mean share of the overall score's weight and
/// mean points of it that the type holds (over every scored result: a result that judged none holds none).
/// </summary>
public sealed record StandardTypeSummaryDto(
    string Type, string Title, int Scored, decimal? MeanScore, decimal? MedianScore, decimal? MeanShare, decimal? MeanContribution);
