namespace Inspection.Web.Inspections;

/// <summary>The preparation brief's figures these pages show; the whole brief is shown as the report page prints it.</summary>
public sealed record PreparationBrief(BriefOutcome? LastInspection, IReadOnlyList<BriefItem> PreviousDeficiencies, IReadOnlyList<BriefItem> OpenDisputes);
