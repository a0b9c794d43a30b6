namespace Inspection.Reports.Models;

/// <summary>The language a report is written in: Hebrew (right to left) by default, English on request.</summary>
public enum ReportLanguage
{
    Hebrew,
    English,
}
