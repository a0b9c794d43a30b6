namespace Inspection.Api.Comparison;

/// <summary>Facilities by number of places (cut points in <see cref="ComparisonOptions"/>).</summary>
public static class SizeBands
{
    public const string Small = "small";
    public const string Medium = "medium";
    public const string Large = "large";

    public static IReadOnlyList<string> All { get; } = [Small, Medium, Large];
}
