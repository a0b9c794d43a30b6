using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A rating band as the rule set names it.</summary>
public sealed record BandLine(string Code, LocalizedText Label);
