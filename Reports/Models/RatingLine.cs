namespace Inspection.Reports.Models;

/// <summary>The rating given, the band the score alone reaches, and every cap that applied.</summary>
public sealed record RatingLine(BandLine Band, BandLine ScoreBand, IReadOnlyList<CapLine> Caps);
