namespace Inspection.Api.Inspections.Results;

/// <summary>
/// A rating cap that held in an inspection's stored result: its code, the highest rating it allows,
/// why (in both languages), the deficient standards that triggered it, and whether it lowered the rating.
/// </summary>
public sealed class CapRecord
{
    private CapRecord()
    {
    }

    internal CapRecord(string code, string maxRating, string reasonHe, string reasonEn, IEnumerable<string> standards, bool lowered)
    {
        Code = code;
        MaxRating = maxRating;
        ReasonHe = reasonHe;
        ReasonEn = reasonEn;
        Standards = [.. standards];
        Lowered = lowered;
    }

    public string Code { get; private set; } = string.Empty;

    public string MaxRating { get; private set; } = string.Empty;

    public string ReasonHe { get; private set; } = string.Empty;

    public string ReasonEn { get; private set; } = string.Empty;

    /// <summary>The codes of the deficient standards that triggered the cap, in catalog order.</summary>
    public IReadOnlyList<string> Standards { get; private set; } = [];

    /// <summary>Whether the cap lowered the rating below the band the score reaches.</summary>
    public bool Lowered { get; private set; }
}
