using System.Text;
using Inspection.Reports.Models;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Inspection.Reports.Tests.Pdf;

/// <summary>
/// A printed report read back with PdfPig: per page, the lines of text in logical order (see
/// <see cref="VisualLine"/>), and the letters with their positions for layout checks.
/// </summary>
internal sealed class ReportPdf
{
    private ReportPdf(IReadOnlyList<PageText> pages) => Pages = pages;

    public IReadOnlyList<PageText> Pages { get; }

    public int PageCount => Pages.Count;

    /// <summary>Every line of every page.</summary>
    public string Text => string.Join("\n", Pages.Select(p => p.Text));

    public static ReportPdf Read(byte[] pdf, ReportLanguage language)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(page => PageText.Of(page, language == ReportLanguage.Hebrew)).ToList();
        return new ReportPdf(pages);
    }

    /// <summary>
    /// True when <paramref name="phrase"/> is printed, across line breaks: both sides are compared
    /// without whitespace, since a wrapped line loses its space and a table cell gains one.
    /// </summary>
    public bool Contains(string phrase) => Squash(Text).Contains(Squash(phrase), StringComparison.Ordinal);

    public static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
