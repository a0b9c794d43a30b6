namespace Inspection.Reports.Printing;

/// <summary>A report could not be printed to PDF; the message names the report and the attempts made.</summary>
public sealed class ReportPrintException : Exception
{
    public ReportPrintException()
    {
    }

    public ReportPrintException(string message)
        : base(message)
    {
    }

    public ReportPrintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
