using Inspection.Reports.Rendering;
using Inspection.Reports.Tests.Pdf;

namespace Inspection.Reports.Tests;

/// <summary>A report as rendered, as printed, and as read back from the PDF.</summary>
internal sealed record Printed(ReportHtml Html, byte[] Pdf, ReportPdf Read);
