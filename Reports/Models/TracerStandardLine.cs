using Inspection.Engine.Findings;
using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>A resident-level standard examined on a tracer's residents, and its result.</summary>
public sealed record TracerStandardLine(string StandardCode, LocalizedText Title, FindingStatus Status, decimal Bar, decimal? Rate, TallyLine? Tally);
