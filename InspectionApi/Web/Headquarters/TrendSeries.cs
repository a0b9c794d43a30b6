namespace Inspection.Web.Headquarters;

/// <summary>A group's results cycle by cycle.</summary>
public sealed record TrendSeries(string Key, string Name, IReadOnlyList<TrendPoint> Points);
