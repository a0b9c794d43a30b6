namespace Inspection.Api.Comparison;

/// <summary>
/// Where a facility stands among its peers by overall score: its rank (1 is best; equal scores share
/// a rank and the next rank is skipped, as in 1, 2, 2, 4), the number of ranked peers, and its
/// percentile: the share of its other peers whose score is strictly lower, in percent (100 is above
/// all the others, 0 above none; null when it has no other peer).
/// </summary>
public sealed record PeerStanding(int Rank, int Peers, decimal? Percentile)
{
    /// <summary>The standing of each score in <paramref name="scores"/> among all of them.</summary>
    public static IReadOnlyList<PeerStanding> Of(IReadOnlyList<decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Order().ToArray();
        var n = sorted.Length;
        return [.. scores.Select(score =>
        {
            var lower = LowerCount(sorted, score);
            var higher = n - UpperBound(sorted, score);
            return new PeerStanding(higher + 1, n, n > 1 ? Math.Round(100m * lower / (n - 1), 2, MidpointRounding.AwayFromZero) : null);
        })];
    }

    private static int LowerCount(decimal[] sorted, decimal value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }

    private static int UpperBound(decimal[] sorted, decimal value)
    {
        var index = LowerCount(sorted, value);
        while (index < sorted.Length && sorted[index] == value)
        {
            index++;
        }

        return index;
    }
}
