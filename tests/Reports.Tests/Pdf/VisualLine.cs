using System.Text;

namespace Inspection.Reports.Tests.Pdf;

/// <summary>
/// Turns one printed line, read off the page in visual order, back into the order it was written
/// (logical order), as far as the text of the reports needs: a simplified Unicode bidirectional
/// algorithm. PDF text comes as glyphs at positions; in a right-to-left line the Hebrew reads from
/// the right, while numbers and Latin text inside it still read from the left.
/// </summary>
internal static class VisualLine
{
    private enum Kind
    {
        Hebrew,
        Latin,
        Digit,
        NumberSeparator,
        NumberSuffix,
        Neutral,
    }

    /// <param name="visual">The line's characters from left to right on the page.</param>
    /// <param name="pageRightToLeft">
    /// The page's direction. A line with no letter of the page's script but some of the other reads
    /// in the other direction, as a paragraph marked <c>dir="auto"</c> does (user text in the other language).
    /// </param>
    public static string ToLogical(string visual, bool pageRightToLeft)
    {
        var hebrew = visual.Any(c => KindOf(c) == Kind.Hebrew);
        var latin = visual.Any(c => KindOf(c) == Kind.Latin);
        var rightToLeft = pageRightToLeft ? hebrew || !latin : hebrew && !latin;
        var chars = rightToLeft ? visual.Reverse().ToArray() : visual.ToArray();
        var kinds = chars.Select(KindOf).ToArray();

        // Weak types: a single separator between digits, or a suffix next to digits, belongs to the number.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.NumberSeparator)
            {
                kinds[i] = i > 0 && i < kinds.Length - 1 && kinds[i - 1] == Kind.Digit && kinds[i + 1] == Kind.Digit ? Kind.Digit : Kind.Neutral;
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.NumberSuffix)
            {
                kinds[i] = (i > 0 && kinds[i - 1] == Kind.Digit) || (i < kinds.Length - 1 && kinds[i + 1] == Kind.Digit) ? Kind.Digit : Kind.Neutral;
            }
        }

        // Digits next to Latin text read with it (W7), such as the digits of a code "SAF-06".
        var latinDigits = Enumerable.Range(0, kinds.Length)
            .Where(i => kinds[i] == Kind.Digit && (Letter(kinds, i, -1) == Kind.Latin || Letter(kinds, i, +1) == Kind.Latin))
            .ToList();
        latinDigits.ForEach(i => kinds[i] = Kind.Latin);

        // Levels: the base direction is even in a left-to-right line and odd in a right-to-left one;
        // the other direction's text sits one level higher and reads reversed.
        var levels = new int[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = kinds[i] switch
            {
                Kind.Hebrew => 1,
                Kind.Latin => rightToLeft ? 2 : 0,
                Kind.Digit => rightToLeft ? 2 : 0,
                _ => -1,
            };
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (levels[i] >= 0)
            {
                continue;
            }

            var before = Strong(kinds, i, -1);
            var after = Strong(kinds, i, +1);
            levels[i] = rightToLeft
                ? (before == Kind.Latin && after == Kind.Latin ? 2 : 1)
                : (before == Kind.Hebrew && after == Kind.Hebrew ? 1 : 0);
        }

        var higher = rightToLeft ? 2 : 1;
        var text = new StringBuilder(chars.Length);
        for (var i = 0; i < chars.Length;)
        {
            if (levels[i] != higher)
            {
                text.Append(levels[i] == 1 ? Mirror(chars[i]) : chars[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < chars.Length && levels[end] == higher)
            {
                end++;
            }

            for (var j = end - 1; j >= i; j--)
            {
                text.Append(higher == 1 ? Mirror(chars[j]) : chars[j]);
            }

            i = end;
        }

        return text.ToString();
    }

    // The nearest strong type in a direction, as neutrals see it: digits count with Hebrew (N1).
    private static Kind Strong(Kind[] kinds, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < kinds.Length; i += step)
        {
            switch (kinds[i])
            {
                case Kind.Hebrew or Kind.Digit:
                    return Kind.Hebrew;
                case Kind.Latin:
                    return Kind.Latin;
            }
        }

        return Kind.Neutral;
    }

    private static Kind Letter(Kind[] kinds, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < kinds.Length; i += step)
        {
            if (kinds[i] is Kind.Hebrew or Kind.Latin)
            {
                return kinds[i];
            }
        }

        return Kind.Neutral;
    }

    private static Kind KindOf(char c) => c switch
    {
        >= '\u0590' and <= '\u05FF' => Kind.Hebrew,
        >= '0' and <= '9' => Kind.Digit,
        '.' or ',' or ':' or '/' or '-' => Kind.NumberSeparator,
        '%' or '°' or '$' or '₪' or '#' or '+' => Kind.NumberSuffix,
        _ when char.IsLetter(c) => Kind.Latin,
        _ => Kind.Neutral,
    };

    // Right-to-left text shows mirrored brackets: the glyph on the page is the other one.
    private static char Mirror(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '<' => '>',
        '>' => '<',
        '{' => '}',
        '}' => '{',
        _ => c,
    };
}
