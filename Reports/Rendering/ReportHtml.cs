namespace Inspection.Reports.Rendering;

/// <summary>
/// A report rendered to one self-contained HTML document (styles inline, fonts named by family, no
/// script, no external resource), with the header and footer templates Chromium prints on every page.
/// </summary>
public sealed record ReportHtml(string Title, string Html, string HeaderTemplate, string FooterTemplate);
