using System.Text;
using UglyToad.PdfPig.Content;

namespace Inspection.Reports.Tests.Pdf;

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
