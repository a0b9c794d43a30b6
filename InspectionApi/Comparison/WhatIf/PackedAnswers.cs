namespace Inspection.Api.Comparison.WhatIf;

/// <summary>
/// The stored answers of one inspection or one resident as a single text, as the database aggregates them
/// (<see cref="StoredRows.Packed"/>): question code, <see cref="Unit"/>, JSON value, then <see cref="Record"/>
/// before the next answer, in no particular order. Neither separator occurs unescaped in a question code or
/// a JSON text, so the text splits back exactly. One text per resident instead of a row per answer: the
/// database joins them natively, and the what-if reads each answer as a slice of it, without a string each.
/// </summary>
public readonly record struct PackedAnswers(string Text)
{
    /// <summary>Between two answers (ASCII record separator).</summary>
    public const char Record = '\u001E';

    /// <summary>Between a question code and its JSON value (ASCII unit separator).</summary>
    public const char Unit = '\u001F';

    public static PackedAnswers None { get; } = new(string.Empty);
}
