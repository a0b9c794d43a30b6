namespace Inspection.Web.Inspections;

/// <summary>A standard the brief names (a previous deficiency, an open dispute).</summary>
public sealed record BriefItem(string StandardCode, BriefTitle Title);
