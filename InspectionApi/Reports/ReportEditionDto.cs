namespace Inspection.Api.Reports;

/// <summary>One issued edition of a report, with where to download it in each language.</summary>
public sealed record ReportEditionDto(string Report, int Number, DateTime IssuedAt, string Reason, string Hebrew, string English);
