using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>"Not rated: insufficient evidence": why, and what is missing.</summary>
public sealed record NotRatedLine(LocalizedText Reason, IReadOnlyList<LocalizedText> Missing);
