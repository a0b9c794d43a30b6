using System.Globalization;
using System.Text;

namespace Inspection.Api.Inspections.Answers;

/// <summary>
/// The answers an inspection's stored result was evaluated from, packed into one text when the result is
/// stored: institution answers, tracer census and sampled residents with their tracers and answers. The
/// answer rows stay the record; the snapshot lets headquarters' what-if read a cycle's responses as one row
/// per inspection instead of about 430. Answers cannot change once an inspection is evaluated (reopening is
/// possible only before), so the snapshot written at evaluation stays in step with the rows; inspections
/// evaluated before snapshots existed are filled from the rows (<see cref="Comparison.WhatIf.ResponseSnapshots"/>).
/// </summary>
/// <remarks>
/// The text: institution answers, <see cref="Group"/>, census, then each resident after a <see cref="Group"/>
/// as code, <see cref="Field"/>, tracers (comma-separated), <see cref="Field"/>, answers. Answers and census
/// entries are separated by <see cref="Record"/>, a code from its JSON value (or count) by <see cref="Unit"/>,
/// in no particular order. None of the four ASCII separators occurs in a code (resident codes are refused
/// with control characters) or unescaped in a JSON text, so the text splits back exactly, and the database
/// can build the same text from the rows (<c>group_concat</c>, <c>STRING_AGG</c>).
/// </remarks>
public sealed class ResponseSnapshot
{
    /// <summary>Between a resident's code, tracers and answers (ASCII file separator).</summary>
    public const char Field = '\u001C';

    /// <summary>Before the census and before each resident (ASCII group separator).</summary>
    public const char Group = '\u001D';

    /// <summary>Between two answers or census entries (ASCII record separator).</summary>
    public const char Record = '\u001E';

    /// <summary>Between a code and its value (ASCII unit separator).</summary>
    public const char Unit = '\u001F';

    private ResponseSnapshot()
    {
    }

    internal ResponseSnapshot(Guid inspectionId, string packed)
    {
        InspectionId = inspectionId;
        Packed = packed;
    }

    public Guid InspectionId { get; private set; }

    /// <summary>The packed text (see the remarks).</summary>
    public string Packed { get; private set; } = string.Empty;

    internal void Replace(string packed) => Packed = packed;

    /// <summary>The packed text of these answers, residents and census.</summary>
    public static string Pack(IEnumerable<InstitutionAnswer> answers, IEnumerable<SampledResidentRecord> residents, IEnumerable<TracerCount> census)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(census);
        var text = new StringBuilder();
        Append(text, answers);
        text.Append(Group);
        var first = true;
        foreach (var count in census.OrderBy(c => c.TracerCode, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : Record).Append(count.TracerCode).Append(Unit).Append(count.Residents.ToString(CultureInfo.InvariantCulture));
            first = false;
        }

        foreach (var resident in residents.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            text.Append(Group).Append(resident.Code).Append(Field).Append(resident.Tracers).Append(Field);
            Append(text, resident.Answers);
        }

        return text.ToString();
    }

    /// <summary>Splits a packed text back into its parts.</summary>
    /// <exception cref="FormatException">The text is not a packed response.</exception>
    public static PackedResponse Read(string packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var text = packed.AsMemory();
        var institutionEnd = packed.IndexOf(Group, StringComparison.Ordinal);
        if (institutionEnd < 0)
        {
            throw new FormatException("a response snapshot has no census part");
        }

        var censusEnd = packed.IndexOf(Group, institutionEnd + 1);
        censusEnd = censusEnd < 0 ? packed.Length : censusEnd;
        Dictionary<string, int>? census = null;
        foreach (var range in text.Span[(institutionEnd + 1)..censusEnd].Split(Record))
        {
            var entry = text.Span[(institutionEnd + 1)..censusEnd][range];
            var unit = entry.IndexOf(Unit);
            if (entry.IsEmpty)
            {
                continue;
            }

            if (unit < 0 || !int.TryParse(entry[(unit + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var residents))
            {
                throw new FormatException($"a census entry of a response snapshot does not read as tracer and count: '{entry}'");
            }

            (census ??= new Dictionary<string, int>(StringComparer.Ordinal))[entry[..unit].ToString()] = residents;
        }

        var sampled = new List<PackedResident>();
        for (var start = censusEnd; start < packed.Length;)
        {
            var end = packed.IndexOf(Group, start + 1);
            end = end < 0 ? packed.Length : end;
            var codeEnd = packed.IndexOf(Field, start + 1);
            var tracersEnd = codeEnd < 0 ? -1 : packed.IndexOf(Field, codeEnd + 1);
            if (tracersEnd < 0 || tracersEnd > end)
            {
                throw new FormatException("a resident of a response snapshot does not read as code, tracers and answers");
            }

            var tracers = packed[(codeEnd + 1)..tracersEnd];
            sampled.Add(new PackedResident(packed[(start + 1)..codeEnd], tracers.Length == 0 ? [] : tracers.Split(','), text[(tracersEnd + 1)..end]));
            start = end;
        }

        return new PackedResponse(text[..institutionEnd], census, sampled);
    }

    private static void Append<T>(StringBuilder text, IEnumerable<T> answers)
        where T : StoredAnswer
    {
        var first = true;
        foreach (var answer in answers.OrderBy(a => a.QuestionCode, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : Record).Append(answer.QuestionCode).Append(Unit).Append(answer.ValueJson);
            first = false;
        }
    }
}
