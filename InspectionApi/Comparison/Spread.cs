namespace Inspection.Api.Comparison;

/// <summary>
/// The spread of a set of figures: least, lower quartile, median, upper quartile, greatest, and the
/// mean. Quartiles interpolate linearly between the nearest ranks (the spreadsheet's QUARTILE.INC):
/// the p-quantile of n sorted values is at position (n - 1) * p.
/// </summary>
public sealed record Spread(int Count, decimal Mean, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max)
{
    /// <summary>Figures are rounded to this many decimal places (stored scores have six).</summary>
    public const int Decimals = 6;

    /// <summary>The spread of <paramref name="values"/>; null when there are none.</summary>
    public static Spread? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        return new Spread(sorted.Length, Round(sorted.Sum() / sorted.Length), Round(sorted[0]), Quantile(sorted, 0.25m), Quantile(sorted, 0.5m), Quantile(sorted, 0.75m), Round(sorted[^1]));
    }

    /// <summary>The <paramref name="p"/>-quantile of sorted values, by linear interpolation.</summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var position = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return Round(below + 1 < sorted.Count ? sorted[below] + (fraction * (sorted[below + 1] - sorted[below])) : sorted[below]);
    }

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
