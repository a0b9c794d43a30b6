namespace Inspection.Web.Inspections;

/// <summary>An issued edition of a report (<c>compliance</c> or <c>improvement</c>).</summary>
public sealed record ReportEdition(string Report, int Number, DateTime IssuedAt, string Reason);
