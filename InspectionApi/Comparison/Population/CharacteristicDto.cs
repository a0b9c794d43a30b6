namespace Inspection.Api.Comparison.Population;

/// <summary>
/// A resident characteristic over the sampled residents: how many were answered; for yes-no the share
/// answered yes; for numbers the mean and median; for choices the share of each option.
/// </summary>
public sealed record CharacteristicDto(int Answered, decimal? ShareYes, decimal? Mean, decimal? Median, IReadOnlyDictionary<string, decimal>? Options);
