using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>"Not rated": every reason the Engine gave, in both languages, and the standards that were not judged.</summary>
public sealed record NotRatedLine(IReadOnlyList<LocalizedText> Reasons, IReadOnlyList<LocalizedText> Missing);
