using UglyToad.PdfPig.Content;

namespace Inspection.Reports.Tests.Pdf;

/// <summary>Layout faults found from letter positions: text outside the page or in the side margins, and text printed over text.</summary>
internal static class PageLayout
{
    /// <summary>The printer's side margins (12 mm) in PDF points.</summary>
    public const double SideMargin = 12 / 25.4 * 72;

    public static IEnumerable<string> OutsideThePage(PageText page) =>
        Inked(page)
            .Where(l => l.BoundingBox.Left < 0 || l.BoundingBox.Right > page.Width || l.BoundingBox.Bottom < 0 || l.BoundingBox.Top > page.Height)
            .Select(l => $"page {page.Number}: '{l.Value}' at {l.BoundingBox}");

    // A cell that overflowed its table, or a word that did not wrap, runs into the margins.
    public static IEnumerable<string> InTheSideMargins(PageText page) =>
        Inked(page)
            .Where(l => l.BoundingBox.Left < SideMargin - 1 || l.BoundingBox.Right > page.Width - SideMargin + 1)
            .Select(l => $"page {page.Number}: '{l.Value}' at {l.BoundingBox}");

    // Letters whose boxes overlap by more than a third of the smaller one: text drawn over text.
    public static IEnumerable<string> Overlaps(PageText page)
    {
        var letters = Inked(page).Where(l => l.BoundingBox.Width > 0 && l.BoundingBox.Height > 0).OrderBy(l => l.BoundingBox.Left).ToList();
        for (var i = 0; i < letters.Count; i++)
        {
            var a = letters[i].BoundingBox;
            for (var j = i + 1; j < letters.Count && letters[j].BoundingBox.Left < a.Right; j++)
            {
                var b = letters[j].BoundingBox;
                var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                if (width > 0 && height > 0 && width * height > Math.Min(a.Area, b.Area) / 3)
                {
                    yield return $"page {page.Number}: '{letters[i].Value}' at {a} and '{letters[j].Value}' at {b}";
                }
            }
        }
    }

    private static IEnumerable<Letter> Inked(PageText page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value));
}
