namespace Inspection.Api.Reports;

/// <summary>Report kinds as routes name them (<c>compliance</c>, <c>improvement</c>, <c>self-assessment</c>, <c>preparation-brief</c>).</summary>
public static class ReportKinds
{
    private static readonly Dictionary<string, ReportKind> ByName = new(StringComparer.Ordinal)
    {
        ["compliance"] = ReportKind.Compliance,
        ["improvement"] = ReportKind.Improvement,
        ["self-assessment"] = ReportKind.SelfAssessment,
        ["preparation-brief"] = ReportKind.PreparationBrief,
    };

    /// <summary>The kinds kept as editions: issued, then re-issued when what they say changes.</summary>
    public static readonly IReadOnlyList<ReportKind> Issued = [ReportKind.Compliance, ReportKind.Improvement];

    public static ReportKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    public static string Name(ReportKind kind) => ByName.First(p => p.Value == kind).Key;

    public static bool IsIssued(ReportKind kind) => Issued.Contains(kind);
}
