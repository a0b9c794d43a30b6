namespace Inspection.Web.Headquarters;

/// <summary>A group's results in one cycle.</summary>
public sealed record TrendPoint(Guid CycleId, int Facilities, decimal? MeanScore, decimal? MedianScore, int Deficiencies);
