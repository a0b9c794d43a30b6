using Inspection.Standards.Model;

namespace Inspection.Reports.Models;

/// <summary>How many current residents have one tracer.</summary>
public sealed record TracerCount(string Tracer, LocalizedText Title, int Residents);
