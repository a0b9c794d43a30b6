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

/// <summary>One page: its size, its letters, and its lines in logical order, top to bottom.</summary>
internal sealed record PageText(int Number, double Width, double Height, IReadOnlyList<Letter> Letters, IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines);

    public static PageText Of(Page page, bool rightToLeft)
    {
        var letters = page.Letters.ToList();
        var lines = new List<string>();
        foreach (var line in LinesOf(letters))
        {
            var visual = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                // Table cells and spans are placed apart without a space glyph between them.
                if (previous is not null && previous.Value != " " && letter.Value != " "
                    && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.25 * Math.Max(letter.PointSize, 4))
                {
                    visual.Append(' ');
                }

                visual.Append(letter.Value);
                previous = letter;
            }

            // NFKC undoes ligatures (U+FB01 is "fi") should a font still use them.
            lines.Add(VisualLine.ToLogical(visual.ToString().Normalize(NormalizationForm.FormKC), rightToLeft));
        }

        return new PageText(page.Number, page.Width, page.Height, letters, lines);
    }

    // Letters on one baseline (within a point and a half) form a line; lines run from the top of the page down.
    private static List<List<Letter>> LinesOf(List<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 1.5)
            {
                lines[^1].Add(letter);
            }
            else
            {
                lines.Add([letter]);
            }
        }

        return lines;
    }
}
