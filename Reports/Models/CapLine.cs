using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A rating cap that held the rating down, with its reason and the standards that triggered it.</summary>
public sealed record CapLine(string Code, LocalizedText Reason, BandLine MaxRating, IReadOnlyList<string> StandardCodes);
