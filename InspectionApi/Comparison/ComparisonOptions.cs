namespace Inspection.Api.Comparison;

/// <summary>How headquarters figures are cut (section "Comparison" of configuration).</summary>
public sealed class ComparisonOptions
{
    public const string Section = "Comparison";

    /// <summary>Facilities with fewer places than this are "small".</summary>
    public int MediumFrom { get; set; } = 30;

    /// <summary>Facilities with at least this many places are "large"; between the two, "medium".</summary>
    public int LargeFrom { get; set; } = 80;

    /// <summary>How many standards the "most often failed" lists name.</summary>
    public int MostFailed { get; set; } = 10;

    /// <summary>
    /// Institution questions that count the residents on the day of the visit (the denominator of
    /// tracer prevalence), by catalog; the facility's capacity stands in when none is answered.
    /// </summary>
    public IList<string> HeadCountQuestions { get; } = ["resident_count", "children_count"];

    /// <summary>The size band of a facility with <paramref name="capacity"/> places.</summary>
    public string SizeBandOf(int capacity) => capacity >= LargeFrom ? SizeBands.Large : capacity >= MediumFrom ? SizeBands.Medium : SizeBands.Small;

    /// <summary>The capacities of <paramref name="band"/> as a half-open range [from, to).</summary>
    public (int From, int To) RangeOf(string band) => band switch
    {
        SizeBands.Small => (0, MediumFrom),
        SizeBands.Medium => (MediumFrom, LargeFrom),
        _ => (LargeFrom, int.MaxValue),
    };
}
