using Inspection.Api.Hosting;

namespace Inspection.Api.Inspections.Amendments;

/// <summary>The amendments that count in an inspection's result, and the sentence that says so, in the reader's language.</summary>
public static class AmendmentSummary
{
    /// <summary>Null when no amendment counts.</summary>
    public static AmendedFindingsDto? Of(FacilityInspection inspection, Language language)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var current = inspection.Amendments.Where(a => a.IsCurrent).OrderBy(a => a.StandardCode, StringComparer.Ordinal).ToList();
        if (current.Count == 0)
        {
            return null;
        }

        var pending = current.Count(a => a.Review == AmendmentReview.Pending);
        var returned = current.Count(a => a.Review == AmendmentReview.Returned);
        return new AmendedFindingsDto(current.Count, [.. current.Select(a => a.StandardCode)], pending, returned, Sentence(current.Count, pending, returned, language));
    }

    /// <summary>"2 findings amended by the supervisor (1 awaiting the district's review)", or its Hebrew.</summary>
    public static string Sentence(int amended, int pending, int returned, Language language)
    {
        var review = new List<string>();
        if (language == Language.En)
        {
            if (pending > 0)
            {
                review.Add($"{pending} awaiting the district's review");
            }

            if (returned > 0)
            {
                review.Add($"{returned} returned by the district");
            }

            var head = amended == 1 ? "1 finding amended by the supervisor" : $"{amended} findings amended by the supervisor";
            return $"{head}; scores and rating use the amended findings{(review.Count > 0 ? $" ({string.Join(", ", review)})" : string.Empty)}";
        }

        if (pending > 0)
        {
            review.Add($"{pending} ממתינים לבדיקת המחוז");
        }

        if (returned > 0)
        {
            review.Add($"{returned} הוחזרו על ידי המחוז");
        }

        var he = amended == 1 ? "ממצא אחד תוקן בשיקול דעת מקצועי של המפקח/ת" : $"{amended} ממצאים תוקנו בשיקול דעת מקצועי של המפקח/ת";
        return $"{he}; הציונים והדירוג מחושבים לפי הממצאים המתוקנים{(review.Count > 0 ? $" ({string.Join(", ", review)})" : string.Empty)}";
    }
}
