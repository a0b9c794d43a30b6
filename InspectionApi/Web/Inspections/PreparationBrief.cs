namespace Inspection.Web.Inspections;

/// <summary>The preparation brief's figures these pages show; the whole brief is shown as the report page prints it.</summary>
public sealed record PreparationBrief(BriefOutcome? LastInspection, IReadOnlyList<BriefItem> PreviousDeficiencies, IReadOnlyList<BriefItem> OpenDisputes);

/// <summary>A past inspection in one line.</summary>
public sealed record BriefOutcome(DateOnly VisitedOn, decimal? OverallScore);

/// <summary>A standard the brief names (a previous deficiency, an open dispute).</summary>
public sealed record BriefItem(string StandardCode, BriefTitle Title);

/// <summary>A title in both languages.</summary>
public sealed record BriefTitle(string He, string En);
