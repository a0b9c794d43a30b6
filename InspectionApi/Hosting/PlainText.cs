using System.Text;

namespace Inspection.Api.Hosting;

/// <summary>
/// Text people type as codes, names and file names, checked the same way everywhere a request carries
/// it. Refused: control characters (C0 including NUL, DEL, C1), the bidirectional embeddings, overrides
/// and isolates (U+202A-U+202E, U+2066-U+2069) that make text display differently from what it is,
/// the line and paragraph separators, and broken UTF-16 (a lone surrogate). Hebrew and Arabic, the
/// right-to-left and left-to-right marks (U+200E, U+200F) and ordinary punctuation pass.
/// </summary>
public static class PlainText
{
    /// <summary>Whether <paramref name="c"/> is never allowed in a name, code or file name.</summary>
    public static bool IsForbidden(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';

    /// <summary>
    /// What is wrong with <paramref name="value"/>, or null when it may be stored. <paramref name="multiline"/>
    /// allows line breaks and tabs (for notes and descriptions); names and codes are one line.
    /// </summary>
    public static string? Problem(string? value, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"contains a broken character (a lone UTF-16 surrogate U+{(int)c:X4}) at position {i + 1}";
            }

            if (multiline && c is '\n' or '\r' or '\t')
            {
                continue;
            }

            if (IsForbidden(c))
            {
                return $"contains the control or direction-changing character U+{(int)c:X4} at position {i + 1}; remove it";
            }
        }

        return null;
    }

    /// <summary>Adds the problem with <paramref name="value"/> (if any) to the errors of <paramref name="field"/>.</summary>
    public static void Check(IDictionary<string, string[]> errors, string field, string? value, bool multiline = false)
    {
        if (Problem(value, multiline) is { } problem)
        {
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, problem] : [problem];
        }
    }

    /// <summary>
    /// <paramref name="value"/> without the characters <see cref="IsForbidden"/> refuses (nor lone
    /// surrogates): for text stored before the check existed that is shown again, such as a file name.
    /// </summary>
    public static string Strip(string value)
    {
        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                kept.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && !IsForbidden(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
