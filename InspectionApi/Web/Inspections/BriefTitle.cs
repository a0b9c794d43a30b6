namespace Inspection.Web.Inspections;

/// <summary>A title in both languages.</summary>
public sealed record BriefTitle(string He, string En);
